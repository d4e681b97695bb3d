package jp.manabiba.schools.roster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a roster package holds, with everything found wrong in it. Only a package without problems should be
 * applied: with a problem, rows may be missing (a file that could not be decoded is not read at all).
 *
 * <p>The look-ups by id search the list each time; for many look-ups take a map (e.g. {@link #usersById()}) once.
 * Rows with {@code toBeDeleted} are included everywhere.
 */
public record RosterPackage(
        RosterDialect dialect,
        List<RosterOrg> orgs,
        List<RosterAcademicSession> academicSessions,
        List<RosterClass> classes,
        List<RosterUser> users,
        List<RosterEnrollment> enrollments,
        List<RosterProblem> problems) {

    public RosterPackage {
        orgs = List.copyOf(orgs);
        academicSessions = List.copyOf(academicSessions);
        classes = List.copyOf(classes);
        users = List.copyOf(users);
        enrollments = List.copyOf(enrollments);
        problems = List.copyOf(problems);
    }

    /** A package that could not be opened at all: no rows, only why. */
    static RosterPackage unreadable(List<RosterProblem> problems) {
        return new RosterPackage(RosterDialect.UNKNOWN, List.of(), List.of(), List.of(), List.of(), List.of(),
                problems);
    }

    /** No problems: the package was read completely and is consistent. */
    public boolean valid() {
        return problems.isEmpty();
    }

    public Optional<RosterUser> user(String sourcedId) {
        return find(users, sourcedId);
    }

    public Optional<RosterOrg> org(String sourcedId) {
        return find(orgs, sourcedId);
    }

    public Optional<RosterClass> schoolClass(String sourcedId) {
        return find(classes, sourcedId);
    }

    public Optional<RosterAcademicSession> academicSession(String sourcedId) {
        return find(academicSessions, sourcedId);
    }

    /** The users by sourcedId, in file order (the first row wins should an id repeat, which is then a problem). */
    public Map<String, RosterUser> usersById() {
        return byId(users);
    }

    public Map<String, RosterClass> classesById() {
        return byId(classes);
    }

    public Map<String, RosterOrg> orgsById() {
        return byId(orgs);
    }

    /** The users with the student role (児童生徒). */
    public List<RosterUser> pupils() {
        return users.stream().filter(user -> user.hasRole(RosterRole.STUDENT)).toList();
    }

    /** The users with the teacher role (教職員 who teach). */
    public List<RosterUser> teachers() {
        return users.stream().filter(user -> user.hasRole(RosterRole.TEACHER)).toList();
    }

    public List<RosterEnrollment> enrollmentsOf(String userSourcedId) {
        return enrollments.stream().filter(enrollment -> enrollment.userSourcedId().equals(userSourcedId)).toList();
    }

    public List<RosterEnrollment> enrollmentsIn(String classSourcedId) {
        return enrollments.stream().filter(enrollment -> enrollment.classSourcedId().equals(classSourcedId)).toList();
    }

    private static <T extends RosterRow> Optional<T> find(List<T> rows, String sourcedId) {
        return rows.stream().filter(row -> row.sourcedId().equals(sourcedId)).findFirst();
    }

    private static <T extends RosterRow> Map<String, T> byId(List<T> rows) {
        Map<String, T> map = new LinkedHashMap<>();
        rows.forEach(row -> map.putIfAbsent(row.sourcedId(), row));
        return Collections.unmodifiableMap(map);
    }
}
