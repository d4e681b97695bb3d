package jp.manabiba.people;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Matching tutors and volunteers to learners of the same organisation. */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class Matching {

    private final TutoringMatchRepository matches;
    private final LearnerRecords learners;
    private final SupporterRecords supporters;
    private final HouseholdRepository households;
    private final SupporterGate gate;
    private final AuditLog audit;
    private final Clock clock;

    Matching(TutoringMatchRepository matches, LearnerRecords learners, SupporterRecords supporters,
             HouseholdRepository households, SupporterGate gate, AuditLog audit, Clock clock) {
        this.gate = gate;
        this.audit = audit;
        this.matches = matches;
        this.learners = learners;
        this.supporters = supporters;
        this.households = households;
        this.clock = clock;
    }

    @Transactional
    public long match(long supporterId, long learnerId, LocalDate startsOn, @Nullable LocalDate endsOn) {
        Supporter supporter = supporters.managed(supporterId);
        Learner learner = learners.managed(learnerId);
        long learnersOrganisation = households.findById(learner.householdId()).orElseThrow().organisationId();
        if (learnersOrganisation != supporter.organisationId()) {
            throw new InvalidInput("supporter", "match.error.other-organisation");
        }
        boolean alreadyActive = matches.findByLearnerIdOrderByStartsOnDesc(learnerId).stream()
                .anyMatch(m -> m.supporterId() == supporterId && m.activeOn(startsOn));
        if (alreadyActive) {
            throw new InvalidInput("supporter", "match.error.already-matched");
        }
        gate.requireReady(supporterId, LocalDate.now(clock), "supporter");
        long id = matches.save(new TutoringMatch(supporterId, learnerId, startsOn, endsOn, clock.instant())).id();
        audit.record(AuditAction.CREATE, "match", id, "match-form");
        return id;
    }

    @Transactional
    public void end(long matchId, LocalDate on) {
        TutoringMatch match = matches.findById(matchId).orElseThrow(PeopleAccess::refused);
        learners.managed(match.learnerId());
        match.end(on);
        audit.record(AuditAction.END, "match", matchId, "learner-page");
    }
}
