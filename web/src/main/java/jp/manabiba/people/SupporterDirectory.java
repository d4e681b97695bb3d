package jp.manabiba.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a coordinator's list in a later feature (training's ready / blocked list) needs of people, each in one
 * query: the supporters of an organisation by name, and how many learners each is matched with today. Only for
 * the organisations the caller manages; another organisation's ids are answered as if they did not exist.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SupporterDirectory {

    private final SupporterRepository supporters;
    private final TutoringMatchRepository matches;
    private final PeopleAccess access;
    private final Clock clock;

    SupporterDirectory(SupporterRepository supporters, TutoringMatchRepository matches, PeopleAccess access, Clock clock) {
        this.supporters = supporters;
        this.matches = matches;
        this.access = access;
        this.clock = clock;
    }

    /** The supporters of a managed organisation, id to full name, sorted by name; refused for any other. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesIn(long organisationId) {
        access.requireManages(organisationId);
        Map<Long, String> names = new LinkedHashMap<>();
        supporters.findByOrganisationIdInOrderByFamilyNameAscGivenNameAsc(List.of(organisationId))
                .forEach(s -> names.put(s.id(), s.fullName()));
        return names;
    }

    /** Active matches today per supporter, for those of the caller's organisations (absent: none). */
    @Transactional(readOnly = true)
    public Map<Long, Long> activeMatches(Collection<Long> supporterIds) {
        List<Long> managed = access.managedOrganisations();
        Map<Long, Long> counts = new HashMap<>();
        if (supporterIds.isEmpty() || managed.isEmpty()) {
            return counts;
        }
        matches.activeInOrganisations(supporterIds, managed, LocalDate.now(clock.withZone(ProgrammeZone.TOKYO)))
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
