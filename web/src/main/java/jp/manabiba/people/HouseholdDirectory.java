package jp.manabiba.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The households list of a coordinator's organisations: one query a page, nothing sensitive in it. */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class HouseholdDirectory {

    private final HouseholdRepository households;
    private final PeopleAccess access;
    private final Clock clock;

    HouseholdDirectory(HouseholdRepository households, PeopleAccess access, Clock clock) {
        this.households = households;
        this.access = access;
        this.clock = clock;
    }

    /** Rows {@code offset} to {@code offset + limit}; the offset is a multiple of the limit (a grid's page). */
    @Transactional(readOnly = true)
    public List<HouseholdRow> page(HouseholdFilter filter, int offset, int limit) {
        AccountPrincipal viewer = access.user();
        FiscalYear year = filter.year();
        return households.page(viewer.hasRole(Role.ADMIN), viewer.accountId(), prefix(filter.search()),
                filter.status() == null ? null : filter.status() == HouseholdStatus.ACTIVE,
                LocalDate.now(clock), year == null ? null : year.firstDay(), year == null ? null : year.lastDay(),
                PageRequest.of(offset / limit, limit));
    }

    private static @Nullable String prefix(@Nullable String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        return search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
