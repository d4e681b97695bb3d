package jp.manabiba.schools.roster;

import java.util.List;

/**
 * One thing wrong with a roster package. Never thrown: the reader collects them all, so that a school can fix its
 * export in one go. The text is the translation of {@code messageKey} with {@code args} as its {0}, {1}, … parameters.
 *
 * @param file        the file inside the package (e.g. {@code users.csv}); empty for the package as a whole
 * @param line        1-based line in that file, the header being line 1; 0 for the file as a whole
 * @param messageKey  one of the constants below
 * @param args        the parameters of the message, in the order each constant documents
 */
public record RosterProblem(String file, int line, String messageKey, List<String> args) {

    /** The upload is not a zip file (or an empty one). No args. */
    public static final String NOT_A_ZIP = "roster.problem.not-a-zip";
    /** The package or one of its files could not be read at all. No args. */
    public static final String UNREADABLE = "roster.problem.unreadable";
    /** The package unpacks to more than the reader accepts; {0} = the limit in megabytes. */
    public static final String TOO_LARGE = "roster.problem.too-large";
    /** The zip holds more entries than any roster package; {0} = the limit. */
    public static final String TOO_MANY_ENTRIES = "roster.problem.too-many-entries";
    /** One file of the zip unpacks to more than the reader accepts; {0} = the entry, {1} = the limit in megabytes. */
    public static final String FILE_TOO_LARGE = "roster.problem.file-too-large";
    /** The zip inflates far more than CSV ever compresses: a zip bomb, stopped. No args. */
    public static final String SUSPICIOUS_COMPRESSION = "roster.problem.suspicious-compression";
    /** The zip holds the file twice (e.g. in two folders); the first one was read. No args. */
    public static final String DUPLICATE_FILE = "roster.problem.duplicate-file";
    /** A required file (or one the manifest declares) is missing; {0} = the file name. */
    public static final String MISSING_FILE = "roster.problem.missing-file";
    /** The file is not UTF-8 (typically Excel's Shift_JIS); line = where the first undecodable byte is. No args. */
    public static final String NOT_UTF8 = "roster.problem.not-utf8";
    /** The file is not well-formed CSV from this line on (e.g. an unclosed quote). No args. */
    public static final String BAD_CSV = "roster.problem.bad-csv";
    /** The file has not even a header line. No args. */
    public static final String EMPTY_FILE = "roster.problem.empty-file";
    /** A required column is missing from the header; {0} = the column. */
    public static final String MISSING_COLUMN = "roster.problem.missing-column";
    /** A row has another number of fields than the header; {0} = fields in the header, {1} = fields in the row. */
    public static final String COLUMN_COUNT = "roster.problem.column-count";
    /** A required value is empty; {0} = the column. */
    public static final String MISSING_VALUE = "roster.problem.missing-value";
    /** Not a date of the form yyyy-MM-dd; {0} = the column, {1} = the value. */
    public static final String BAD_DATE = "roster.problem.bad-date";
    /** Not an ISO date-time such as 2026-04-01T09:00:00Z; {0} = the column, {1} = the value. */
    public static final String BAD_DATE_TIME = "roster.problem.bad-date-time";
    /** Not true or false; {0} = the column, {1} = the value. */
    public static final String BAD_BOOLEAN = "roster.problem.bad-boolean";
    /** Not a whole number (e.g. an attendance number or a school year); {0} = the column, {1} = the value. */
    public static final String BAD_NUMBER = "roster.problem.bad-number";
    /** Not a MEXT grade code P1–P6, J1–J3, H1–H3; {0} = the column, {1} = the value. */
    public static final String BAD_GRADE = "roster.problem.bad-grade";
    /** Not one of the values the column allows; {0} = the column, {1} = the value. */
    public static final String BAD_VALUE = "roster.problem.bad-value";
    /** A sourcedId appears twice in the file; {0} = the sourcedId, {1} = the line where it first appears. */
    public static final String DUPLICATE_SOURCED_ID = "roster.problem.duplicate-sourced-id";
    /** A reference to a row the package does not hold; {0} = the column, {1} = the value, {2} = the file searched. */
    public static final String UNKNOWN_REFERENCE = "roster.problem.unknown-reference";
    /** manifest.csv lacks a property; {0} = the property name. */
    public static final String MISSING_MANIFEST_PROPERTY = "roster.problem.missing-manifest-property";
    /** manifest.csv declares a OneRoster version other than 1.2 or 1.2_JP; {0} = the value. */
    public static final String UNSUPPORTED_VERSION = "roster.problem.unsupported-version";

    public RosterProblem {
        args = List.copyOf(args);
    }
}
