package jp.manabiba.schools.roster;

import org.jspecify.annotations.Nullable;

/**
 * A row of roles.csv (OneRoster 1.2): a user's role at an org. Kept inside the package: the reader folds these into
 * {@link RosterUser#roles()} and {@link RosterUser#orgSourcedIds()}.
 *
 * @param role empty for an {@code ext:} role or a bad one (reported)
 */
record RoleAssignment(
        String sourcedId,
        String userSourcedId,
        String roleType,
        @Nullable RosterRole role,
        String orgSourcedId,
        int line,
        boolean toBeDeleted) {
}
