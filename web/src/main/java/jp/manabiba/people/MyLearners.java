package jp.manabiba.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.schools.SchoolDirectory;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The learners a tutor or volunteer supports today: found only through their own active matches. */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
public class MyLearners {

    private final TutoringMatchRepository matches;
    private final LearnerRepository learners;
    private final HouseholdRepository households;
    private final SchoolDirectory schools;
    private final SharedNoteRepository notes;
    private final PeopleAccess access;
    private final AuditLog audit;
    private final Clock clock;

    MyLearners(TutoringMatchRepository matches, LearnerRepository learners,
               HouseholdRepository households, SchoolDirectory schools, SharedNoteRepository notes,
               PeopleAccess access, AuditLog audit, Clock clock) {
        this.audit = audit;
        this.notes = notes;
        this.matches = matches;
        this.learners = learners;
        this.households = households;
        this.schools = schools;
        this.access = access;
        this.clock = clock;
    }

    /** The tutor's home: their children with the notes shared about them; a read of each child, audited. */
    @Transactional
    public List<MatchedLearner> list() {
        Set<Long> learnerIds = matchedLearnerIds();
        learnerIds.stream().sorted().forEach(id -> audit.record(AuditAction.READ, "learner", id, "tutor-home"));
        return rows(learnerIds, true);
    }

    /** The same children without the shared notes, to choose from when planning a session (not audited). */
    @Transactional(readOnly = true)
    public List<MatchedLearner> toPlanWith() {
        return rows(matchedLearnerIds(), false);
    }

    private List<MatchedLearner> rows(Set<Long> learnerIds, boolean withNotes) {
        List<Learner> mine = learners.findAllById(learnerIds);
        Map<Long, Household> homes = households.findAllById(mine.stream().map(Learner::householdId).toList()).stream()
                .filter(h -> h.removedAt() == null)
                .collect(Collectors.toMap(Household::id, h -> h));
        Map<Long, String> schoolNames = schools.names(mine.stream().map(Learner::schoolId)
                .filter(java.util.Objects::nonNull).toList());
        Map<Long, List<String>> shared = !withNotes ? Map.of() : notes.findByLearnerIdInOrderBySharedAtDesc(learnerIds).stream()
                .collect(Collectors.groupingBy(SharedNote::learnerId, Collectors.mapping(SharedNote::text, Collectors.toList())));
        return mine.stream().filter(l -> homes.containsKey(l.householdId())).map(l -> {
            LearnerDetails d = l.details();
            return new MatchedLearner(l.id(), l.fullName(), d.familyNameKana() + " " + d.givenNameKana(), d.grade(),
                    d.schoolId() == null ? null : schoolNames.get(d.schoolId()),
                    homes.get(l.householdId()).details().preferredLanguage(), d.furigana(),
                    shared.getOrDefault(l.id(), List.of()));
        }).sorted(java.util.Comparator.comparing(MatchedLearner::kana)).toList();
    }

    /** The ids of the learners the signed-in tutor or volunteer is matched with today (for tutoring's rules). */
    @Transactional(readOnly = true)
    public Set<Long> matchedLearnerIds() {
        // one statement (supporter joined to its matches): the review queue asks for these on every page
        return Set.copyOf(matches.activeLearnersOfAccount(access.user().accountId(), LocalDate.now(clock)));
    }
}
