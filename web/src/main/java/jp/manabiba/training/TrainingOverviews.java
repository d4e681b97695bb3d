package jp.manabiba.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.people.SupporterDirectory;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's list of an organisation's supporters: ready, blocked and why, expiring soon. Four queries
 * whatever the organisation's size: the standings, the names, and, for the blocked only, their active matches
 * (people) and coming sessions (tutoring, through {@link SupporterCommitments}).
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class TrainingOverviews {

    private final StandingQuery standings;
    private final TrainingAccess access;
    private final SupporterDirectory directory;
    private final SupporterCommitments commitments;
    private final HouseholdRecords organisations;
    private final Readiness readiness;

    TrainingOverviews(StandingQuery standings, TrainingAccess access, SupporterDirectory directory,
                      SupporterCommitments commitments, HouseholdRecords organisations, Readiness readiness) {
        this.standings = standings;
        this.access = access;
        this.directory = directory;
        this.commitments = commitments;
        this.organisations = organisations;
        this.readiness = readiness;
    }

    /** The organisations the caller may choose from (a coordinator's own; every one for an administrator). */
    @Transactional(readOnly = true)
    public List<OrganisationOption> organisations() {
        return organisations.organisations();
    }

    @Transactional(readOnly = true)
    public OrganisationReadiness of(long organisationId) {
        access.requireManagedOrganisation(organisationId, "training-overview");
        LocalDate today = readiness.today();
        Map<Long, SupporterStanding> byId = standings.ofOrganisations(List.of(organisationId), today).stream()
                .collect(Collectors.toMap(SupporterStanding::supporterId, Function.identity()));
        Map<Long, String> names = directory.namesIn(organisationId);
        List<Long> blockedIds = byId.values().stream().filter(s -> !s.ready()).map(SupporterStanding::supporterId).toList();
        Map<Long, Long> matches = blockedIds.isEmpty() ? Map.of() : directory.activeMatches(blockedIds);
        Map<Long, SupporterCommitments.Coming> coming = blockedIds.isEmpty() ? Map.of()
                : commitments.comingSessions(blockedIds);
        List<OverviewRow> ready = new ArrayList<>();
        List<OverviewRow> blocked = new ArrayList<>();
        List<OverviewRow> expiring = new ArrayList<>();
        names.forEach((id, name) -> {
            SupporterStanding standing = byId.get(id);
            if (standing == null) {
                return; // added between the two reads: shown on the next one
            }
            SupporterCommitments.Coming next = coming.get(id);
            OverviewRow row = new OverviewRow(id, name, standing.category(), standing.missingBeforeChildren(),
                    standing.expiringWithin(OrganisationReadiness.EXPIRING_DAYS), matches.getOrDefault(id, 0L),
                    next == null ? 0 : next.sessions(), next == null ? null : next.firstOn());
            (row.ready() ? ready : blocked).add(row);
            if (row.ready() && !row.expiring().isEmpty()) {
                expiring.add(row);
            }
        });
        return new OrganisationReadiness(organisationId, ready, blocked, expiring);
    }
}
