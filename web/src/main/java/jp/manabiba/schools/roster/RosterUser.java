package jp.manabiba.schools.roster;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A row of users.csv, completed from the other files: a pupil, a teacher, a guardian…
 *
 * @param kanaGivenName  Japan Profile {@code metadata.jp.kanaGivenName}, the reading of the given name (フリガナ)
 * @param homeClass      Japan Profile {@code metadata.jp.homeClass}: the sourcedId of the user's homeroom class
 * @param shussekiNo     the attendance number (出席番号): from users.csv when it has the column, otherwise from the
 *                       user's enrollment in the home class (or another homeroom), where the Japan Profile puts it
 * @param publicFlg      the 公開フラグ that comes with that attendance number, from the same place
 * @param specialNeeds   from users.csv when it has {@code metadata.jp.specialNeeds}; otherwise true when the user is
 *                       enrolled in a class flagged special-needs, false when only in classes flagged not, else empty
 * @param roles          from roles.csv when the package has it; from the user's enrollments when not (or when
 *                       roles.csv names the user nowhere). Rows to be deleted count only when nothing else does.
 * @param orgSourcedIds  primaryOrgSourcedId first, then the orgs of the user's roles (or, without roles.csv, the
 *                       schools of the user's enrollments)
 * @param agentSourcedIds the users related to this one (guardians of a pupil, for example)
 */
public record RosterUser(
        String sourcedId,
        boolean enabledUser,
        String username,
        String givenName,
        String familyName,
        @Nullable String middleName,
        @Nullable String preferredGivenName,
        @Nullable String preferredFamilyName,
        @Nullable String kanaGivenName,
        @Nullable String kanaFamilyName,
        @Nullable String kanaMiddleName,
        @Nullable String identifier,
        @Nullable String email,
        List<String> grades,
        @Nullable String homeClass,
        @Nullable Integer shussekiNo,
        @Nullable Boolean publicFlg,
        @Nullable Boolean specialNeeds,
        @Nullable String primaryOrgSourcedId,
        Set<RosterRole> roles,
        List<String> orgSourcedIds,
        List<String> agentSourcedIds,
        int line,
        boolean toBeDeleted) implements RosterRow {

    public RosterUser {
        grades = List.copyOf(grades);
        roles = roleSet(roles);
        orgSourcedIds = List.copyOf(orgSourcedIds);
        agentSourcedIds = List.copyOf(agentSourcedIds);
    }

    public boolean hasRole(RosterRole role) {
        return roles.contains(role);
    }

    /** This user with what only the other files can tell (see the parameters above). */
    RosterUser completed(Set<RosterRole> derivedRoles, List<String> orgs, @Nullable Integer attendanceNumber,
            @Nullable Boolean attendancePublic, @Nullable Boolean inSpecialNeeds) {
        return new RosterUser(sourcedId, enabledUser, username, givenName, familyName, middleName, preferredGivenName,
                preferredFamilyName, kanaGivenName, kanaFamilyName, kanaMiddleName, identifier, email, grades,
                homeClass, attendanceNumber, attendancePublic, inSpecialNeeds, primaryOrgSourcedId, derivedRoles, orgs,
                agentSourcedIds, line, toBeDeleted);
    }

    // An EnumSet keeps the roles in a stable order for display; EnumSet.copyOf refuses an empty plain collection.
    private static Set<RosterRole> roleSet(Collection<RosterRole> roles) {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
}
