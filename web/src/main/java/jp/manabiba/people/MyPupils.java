package jp.manabiba.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
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

    private final TeacherRepository teachers;
    private final LearnerRepository learners;
    private final HouseholdRepository households;
    private final PeopleAccess access;
    private final AuditLog audit;

    MyPupils(TeacherRepository teachers, LearnerRepository learners, HouseholdRepository households, PeopleAccess access,
             AuditLog audit) {
        this.audit = audit;
        this.teachers = teachers;
        this.learners = learners;
        this.households = households;
        this.access = access;
    }

    /** The pupil list of the teacher's home; every read is in the audit log (the record is the school). */
    @Transactional
    public List<PupilRow> list() {
        Optional<Teacher> teacher = teachers.findByAccountId(access.user().accountId());
        if (teacher.isEmpty()) {
            return List.of();
        }
        audit.record(AuditAction.READ, "school", teacher.get().schoolId(), "teacher-home");
        List<Learner> atSchool = learners.findBySchoolId(teacher.get().schoolId());
        Map<Long, Household> homes = households.findAllById(atSchool.stream().map(Learner::householdId).distinct().toList())
                .stream().collect(Collectors.toMap(Household::id, h -> h));
        return atSchool.stream()
                .filter(l -> {
                    Household home = homes.get(l.householdId());
                    return home != null && home.removedAt() == null && home.hasConsent(ConsentPurpose.SHARE_WITH_SCHOOL);
                })
                .map(l -> {
                    LearnerDetails d = l.details();
                    return new PupilRow(l.id(), l.fullName(), d.familyNameKana() + " " + d.givenNameKana(), d.grade(),
                            d.homeClass());
                })
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
        Optional<Teacher> teacher = teachers.findByAccountId(access.user().accountId());
        if (teacher.isEmpty()) {
            return List.of();
        }
        List<Learner> atSchool = learners.findBySchoolId(teacher.get().schoolId());
        Map<Long, Household> homes = households.findAllById(atSchool.stream().map(Learner::householdId).distinct().toList())
                .stream().collect(Collectors.toMap(Household::id, h -> h));
        return atSchool.stream()
                .filter(l -> {
                    Household home = homes.get(l.householdId());
                    return home != null && home.removedAt() == null && home.hasConsent(ConsentPurpose.SHARE_WITH_SCHOOL);
                })
                .map(l -> new ConsentedPupil(l.id(), homes.get(l.householdId()).organisationId(), l.fullName()))
                .toList();
    }
}
