package jp.manabiba.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.schools.SchoolDirectory;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's pupils who take part: only of the teacher's own school, and only those whose guardians' current
 * answer to sharing with the school is yes. A withdrawal hides the child at once.
 */
@Service
@RolesAllowed(Roles.TEACHER)
public class MyPupils {

    private final SchoolDirectory schools;
    private final LearnerRepository learners;
    private final HouseholdRepository households;
    private final AuditLog audit;

    MyPupils(SchoolDirectory schools, LearnerRepository learners, HouseholdRepository households,
             AuditLog audit) {
        this.audit = audit;
        this.schools = schools;
        this.learners = learners;
        this.households = households;
    }

    /**
     * The ids of the teacher's consented pupils, for other features' rules (assignments' results): not audited
     * here, the caller audits what it shows.
     */
    @Transactional(readOnly = true)
    public Set<Long> pupilIds() {
        return schools.mySchool().map(school -> consented(school).stream().map(p -> p.learner().id()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** The pupil list of the teacher's home; every read is in the audit log (the record is the school). */
    @Transactional
    public List<PupilRow> list() {
        Optional<Long> school = schools.mySchool();
        if (school.isEmpty()) {
            return List.of();
        }
        audit.record(AuditAction.READ, "school", school.get(), "teacher-home");
        return consented(school.get()).stream().map(Pupil::learner).map(MyPupils::row)
                .sorted(java.util.Comparator.comparing((PupilRow p) -> p.grade() == null ? Integer.MAX_VALUE : p.grade().ordinal())
                        .thenComparing(PupilRow::kana))
                .toList();
    }

    /**
     * The same pupils with their organisation, for other features' access rules (learning's units): not audited
     * here, the feature audits what it shows.
     */
    @Transactional(readOnly = true)
    public List<ConsentedPupil> consented() {
        return schools.mySchool().map(school -> consented(school).stream()
                .map(p -> new ConsentedPupil(p.learner().id(), p.home().organisationId(), p.learner().fullName())).toList()).orElse(List.of());
    }

    /**
     * The same pupils as rows (grade, class), to choose from when giving them work (learning's units): not audited
     * here, as {@link MyLearners#toPlanWith()}; the pupil list itself is {@link #list()}.
     */
    @Transactional(readOnly = true)
    public List<PupilRow> toChooseFrom() {
        return schools.mySchool().map(school -> consented(school).stream().map(Pupil::learner).map(MyPupils::row).toList())
                .orElse(List.of());
    }

    /**
     * The consented pupils whose guardians' current answer to the teacher reading their learning records (written
     * reflections) is yes too, for learning's rule; the feature audits each read.
     */
    @Transactional(readOnly = true)
    public Set<Long> sharingLearningRecords() {
        return schools.mySchool().map(school -> consented(school).stream()
                .filter(p -> p.home().hasConsent(ConsentPurpose.SHARE_LEARNING_RECORDS))
                .map(p -> p.learner().id()).collect(Collectors.toSet())).orElse(Set.of());
    }

    private static PupilRow row(Learner l) {
        LearnerDetails d = l.details();
        return new PupilRow(l.id(), l.fullName(), d.familyNameKana() + " " + d.givenNameKana(), d.grade(), d.homeClass());
    }

    private record Pupil(Learner learner, Household home) {
    }

    /** The school's pupils whose household lives on and whose guardians' current answer to sharing is yes. */
    private List<Pupil> consented(long school) {
        List<Learner> atSchool = learners.findBySchoolId(school);
        Map<Long, Household> homes = households.findAllById(atSchool.stream().map(Learner::householdId).distinct().toList())
                .stream().collect(Collectors.toMap(Household::id, h -> h));
        return atSchool.stream().map(l -> new Pupil(l, homes.get(l.householdId())))
                .filter(p -> p.home() != null && p.home().removedAt() == null
                        && p.home().hasConsent(ConsentPurpose.SHARE_WITH_SCHOOL))
                .toList();
    }
}
