package jp.manabiba.schools.roster;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Completes each user with what OneRoster 1.2 keeps in other files: roles and orgs (roles.csv, or the enrollments
 * when the package has no roles.csv), and the Japan Profile's attendance number, which sits on the enrollment.
 */
final class UserCompletion {

    private UserCompletion() {
    }

    /** @param assignments the rows of roles.csv, or null when the package has no readable roles.csv */
    static List<RosterUser> complete(List<RosterUser> users, List<RosterEnrollment> enrollments,
            @Nullable List<RoleAssignment> assignments, List<RosterClass> classes) {
        Map<String, List<RosterEnrollment>> enrollmentsByUser = group(enrollments, RosterEnrollment::userSourcedId);
        Map<String, List<RoleAssignment>> assignmentsByUser =
                assignments == null ? Map.of() : group(assignments, RoleAssignment::userSourcedId);
        Map<String, RosterClass> classesById = new LinkedHashMap<>();
        classes.forEach(schoolClass -> classesById.putIfAbsent(schoolClass.sourcedId(), schoolClass));
        return users.stream().map(user -> complete(user,
                current(enrollmentsByUser.getOrDefault(user.sourcedId(), List.of()), RosterEnrollment::toBeDeleted),
                current(assignmentsByUser.getOrDefault(user.sourcedId(), List.of()), RoleAssignment::toBeDeleted),
                classesById)).toList();
    }

    private static RosterUser complete(RosterUser user, List<RosterEnrollment> enrollments,
            List<RoleAssignment> assignments, Map<String, RosterClass> classes) {
        Set<RosterRole> roles = EnumSet.noneOf(RosterRole.class);
        Set<String> orgs = new LinkedHashSet<>();
        addIfPresent(orgs, user.primaryOrgSourcedId());
        if (!assignments.isEmpty()) {
            for (RoleAssignment assignment : assignments) {
                addIfPresent(roles, assignment.role());
                addIfPresent(orgs, assignment.orgSourcedId());
            }
        } else {
            for (RosterEnrollment enrollment : enrollments) {
                addIfPresent(roles, enrollment.role());
                addIfPresent(orgs, enrollment.schoolSourcedId());
            }
        }
        // What users.csv says wins; the enrollments only fill in what it leaves out.
        @Nullable RosterEnrollment numbered = attendanceEnrollment(user, enrollments, classes);
        @Nullable Integer shussekiNo = user.shussekiNo();
        @Nullable Boolean publicFlg = user.publicFlg();
        if (shussekiNo == null && numbered != null) {
            shussekiNo = numbered.shussekiNo();
            publicFlg = publicFlg != null ? publicFlg : numbered.publicFlg();
        }
        @Nullable Boolean specialNeeds = user.specialNeeds();
        if (specialNeeds == null) {
            specialNeeds = specialNeeds(enrollments, classes);
        }
        return user.completed(roles, List.copyOf(orgs), shussekiNo, publicFlg, specialNeeds);
    }

    /**
     * The enrollment that carries the user's attendance number: the one in the home class, else one in a homeroom,
     * else the first that has a number (a pupil has one 出席番号, in the 学級).
     */
    private static @Nullable RosterEnrollment attendanceEnrollment(RosterUser user, List<RosterEnrollment> enrollments,
            Map<String, RosterClass> classes) {
        Comparator<RosterEnrollment> preference = Comparator
                .comparing((RosterEnrollment enrollment) -> !enrollment.classSourcedId().equals(user.homeClass()))
                .thenComparing(enrollment -> {
                    @Nullable RosterClass schoolClass = classes.get(enrollment.classSourcedId());
                    return schoolClass == null || !schoolClass.homeroom();
                });
        return enrollments.stream()
                .filter(enrollment -> enrollment.shussekiNo() != null)
                .min(preference)
                .orElse(null);
    }

    private static @Nullable Boolean specialNeeds(List<RosterEnrollment> enrollments,
            Map<String, RosterClass> classes) {
        Set<Boolean> flags = enrollments.stream()
                .map(enrollment -> classes.get(enrollment.classSourcedId()))
                .filter(schoolClass -> schoolClass != null && schoolClass.specialNeeds() != null)
                .map(RosterClass::specialNeeds)
                .collect(Collectors.toSet());
        return flags.isEmpty() ? null : flags.contains(Boolean.TRUE);
    }

    // Rows to be deleted count only when the user has no others: then they still tell who the user was.
    private static <T> List<T> current(List<T> rows, Predicate<T> toBeDeleted) {
        List<T> kept = rows.stream().filter(toBeDeleted.negate()).toList();
        return kept.isEmpty() ? rows : kept;
    }

    private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    private static <T> void addIfPresent(Set<T> set, @Nullable T value) {
        if (value != null && !"".equals(value)) {
            set.add(value);
        }
    }
}
