package jp.manabiba.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome "children who came back as supporters" (docs/outcomes.md): supporters a coordinator linked to the
 * learner they once were, per organisation the caller manages (every organisation for an administrator). Counts and
 * dates only, no names. A supporter counts from the day they were entered as a supporter.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ReturnedSupporters {

    private final SupporterRepository supporters;
    private final PeopleAccess access;

    ReturnedSupporters(SupporterRepository supporters, PeopleAccess access) {
        this.supporters = supporters;
        this.access = access;
    }

    /** Every such supporter of the caller's organisations, oldest first. */
    @Transactional(readOnly = true)
    public List<ReturnedSupporter> list() {
        List<Long> managed = access.managedOrganisations();
        if (managed.isEmpty()) {
            return List.of();
        }
        return supporters.formerLearnersIn(managed).stream()
                .map(r -> new ReturnedSupporter((Long) r[0], (Long) r[1], (Long) r[2],
                        ((Instant) r[3]).atZone(ProgrammeZone.TOKYO).toLocalDate()))
                .toList();
    }

    /** Per organisation, how many had come back by the end of the fiscal year (a cumulative head count). */
    @Transactional(readOnly = true)
    public Map<Long, Long> countPerOrganisation(FiscalYear year) {
        Map<Long, Long> counts = new TreeMap<>();
        list().stream().filter(r -> !r.since().isAfter(year.lastDay()))
                .forEach(r -> counts.merge(r.organisationId(), 1L, Long::sum));
        return counts;
    }
}
