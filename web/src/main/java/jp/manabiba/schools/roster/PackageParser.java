package jp.manabiba.schools.roster;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a package's files into a {@link RosterPackage}: decode, parse, map the rows, then check across
 * files. A file that cannot be decoded or lacks a required column is reported and left out whole.
 */
final class PackageParser {

    private final Problems problems;
    private final Map<RosterFile, CsvTable> tables = new EnumMap<>(RosterFile.class);

    private PackageParser(Problems problems) {
        this.problems = problems;
    }

    static RosterPackage parse(Map<RosterFile, byte[]> files, Problems problems) {
        return new PackageParser(problems).parse(files);
    }

    private RosterPackage parse(Map<RosterFile, byte[]> files) {
        files.forEach((kind, bytes) -> {
            @Nullable String text = Utf8Text.decode(kind.fileName(), bytes, problems);
            @Nullable CsvTable table = text == null ? null : CsvTable.parse(kind.fileName(), text, problems);
            if (table != null && table.require(kind.requiredColumns(), problems)) {
                tables.put(kind, table);
            }
        });
        Manifest manifest = Manifest.read(tables.get(RosterFile.MANIFEST), problems);
        for (RosterFile kind : RosterFile.values()) {
            if ((kind.required() || manifest.declares(kind)) && !files.containsKey(kind)) {
                problems.add(kind.fileName(), 0, RosterProblem.MISSING_FILE, kind.fileName());
            }
        }

        List<RosterOrg> orgs = read(RosterFile.ORGS, OrgsCsv::read);
        List<RosterAcademicSession> sessions = read(RosterFile.ACADEMIC_SESSIONS, AcademicSessionsCsv::read);
        List<PlainRows.IdRow> courses = read(RosterFile.COURSES, PlainRows::read);
        List<RosterClass> classes = read(RosterFile.CLASSES, ClassesCsv::read);
        List<RosterUser> users = read(RosterFile.USERS, UsersCsv::read);
        List<RoleAssignment> roles = read(RosterFile.ROLES, RolesCsv::read);
        List<RosterEnrollment> enrollments = read(RosterFile.ENROLLMENTS, EnrollmentsCsv::read);
        List<PlainRows.IdRow> demographics = read(RosterFile.DEMOGRAPHICS, PlainRows::read);
        List<PlainRows.IdRow> userProfiles = read(RosterFile.USER_PROFILES, PlainRows::read);

        ReferenceCheck check = new ReferenceCheck(problems);
        check.duplicates(RosterFile.ORGS, orgs, RosterOrg::sourcedId, RosterOrg::line);
        check.duplicates(RosterFile.ACADEMIC_SESSIONS, sessions, RosterAcademicSession::sourcedId,
                RosterAcademicSession::line);
        check.duplicates(RosterFile.COURSES, courses, PlainRows.IdRow::sourcedId, PlainRows.IdRow::line);
        check.duplicates(RosterFile.CLASSES, classes, RosterClass::sourcedId, RosterClass::line);
        check.duplicates(RosterFile.USERS, users, RosterUser::sourcedId, RosterUser::line);
        check.duplicates(RosterFile.ROLES, roles, RoleAssignment::sourcedId, RoleAssignment::line);
        check.duplicates(RosterFile.ENROLLMENTS, enrollments, RosterEnrollment::sourcedId, RosterEnrollment::line);
        check.duplicates(RosterFile.DEMOGRAPHICS, demographics, PlainRows.IdRow::sourcedId, PlainRows.IdRow::line);
        check.duplicates(RosterFile.USER_PROFILES, userProfiles, PlainRows.IdRow::sourcedId, PlainRows.IdRow::line);

        check.know(RosterFile.ORGS, readOrNull(RosterFile.ORGS, orgs), RosterOrg::sourcedId, manifest);
        check.know(RosterFile.ACADEMIC_SESSIONS, readOrNull(RosterFile.ACADEMIC_SESSIONS, sessions),
                RosterAcademicSession::sourcedId, manifest);
        check.know(RosterFile.COURSES, readOrNull(RosterFile.COURSES, courses), PlainRows.IdRow::sourcedId, manifest);
        check.know(RosterFile.CLASSES, readOrNull(RosterFile.CLASSES, classes), RosterClass::sourcedId, manifest);
        check.know(RosterFile.USERS, readOrNull(RosterFile.USERS, users), RosterUser::sourcedId, manifest);
        checkReferences(check, orgs, sessions, classes, users, roles, enrollments);

        List<RosterUser> completed = UserCompletion.complete(users, enrollments,
                readOrNull(RosterFile.ROLES, roles), classes);
        return new RosterPackage(manifest.dialect(), orgs, sessions, classes, completed, enrollments,
                problems.sorted());
    }

    // A row to be deleted may point at rows already gone; that harms nothing, so only live rows are checked.
    private static void checkReferences(ReferenceCheck check, List<RosterOrg> orgs,
            List<RosterAcademicSession> sessions, List<RosterClass> classes, List<RosterUser> users,
            List<RoleAssignment> roles, List<RosterEnrollment> enrollments) {
        for (RosterOrg org : orgs) {
            if (org.toBeDeleted()) {
                continue;
            }
            check.reference(RosterFile.ORGS, org.line(), "parentSourcedId", org.parentSourcedId(), RosterFile.ORGS);
        }
        for (RosterAcademicSession session : sessions) {
            if (session.toBeDeleted()) {
                continue;
            }
            check.reference(RosterFile.ACADEMIC_SESSIONS, session.line(), "parentSourcedId",
                    session.parentSourcedId(), RosterFile.ACADEMIC_SESSIONS);
        }
        for (RosterClass schoolClass : classes) {
            if (schoolClass.toBeDeleted()) {
                continue;
            }
            int line = schoolClass.line();
            check.reference(RosterFile.CLASSES, line, "schoolSourcedId", schoolClass.schoolSourcedId(),
                    RosterFile.ORGS);
            check.references(RosterFile.CLASSES, line, "termSourcedIds", schoolClass.termSourcedIds(),
                    RosterFile.ACADEMIC_SESSIONS);
            check.reference(RosterFile.CLASSES, line, "courseSourcedId", schoolClass.courseSourcedId(),
                    RosterFile.COURSES);
        }
        for (RosterUser user : users) {
            if (user.toBeDeleted()) {
                continue;
            }
            int line = user.line();
            check.reference(RosterFile.USERS, line, "primaryOrgSourcedId", user.primaryOrgSourcedId(), RosterFile.ORGS);
            check.reference(RosterFile.USERS, line, "metadata.jp.homeClass", user.homeClass(), RosterFile.CLASSES);
            check.references(RosterFile.USERS, line, "agentSourcedIds", user.agentSourcedIds(), RosterFile.USERS);
        }
        for (RoleAssignment role : roles) {
            if (role.toBeDeleted()) {
                continue;
            }
            check.reference(RosterFile.ROLES, role.line(), "userSourcedId", role.userSourcedId(), RosterFile.USERS);
            check.reference(RosterFile.ROLES, role.line(), "orgSourcedId", role.orgSourcedId(), RosterFile.ORGS);
        }
        for (RosterEnrollment enrollment : enrollments) {
            if (enrollment.toBeDeleted()) {
                continue;
            }
            int line = enrollment.line();
            check.reference(RosterFile.ENROLLMENTS, line, "classSourcedId", enrollment.classSourcedId(),
                    RosterFile.CLASSES);
            check.reference(RosterFile.ENROLLMENTS, line, "schoolSourcedId", enrollment.schoolSourcedId(),
                    RosterFile.ORGS);
            check.reference(RosterFile.ENROLLMENTS, line, "userSourcedId", enrollment.userSourcedId(),
                    RosterFile.USERS);
        }
    }

    /** The rows of a file that was read, or none when it was absent or left out. */
    private <T> List<T> read(RosterFile kind, BiFunction<CsvTable, Problems, List<T>> reader) {
        @Nullable CsvTable table = tables.get(kind);
        return table == null ? List.of() : reader.apply(table, problems);
    }

    /** The rows, or null when the file was not read: then nobody may conclude that it holds no rows. */
    private <T> @Nullable List<T> readOrNull(RosterFile kind, List<T> rows) {
        return tables.containsKey(kind) ? rows : null;
    }
}
