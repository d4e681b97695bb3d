package jp.manabiba.outcomes;

/** The file formats of an outcome report, each audited under its own record type. */
public enum ReportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The audit's record type, e.g. outcome-report-xlsx (translated as audit.record-type.*). */
    String auditRecordType() {
        return "outcome-report-" + extension;
    }
}
