package jp.manabiba.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.security.Roles;
import jp.manabiba.tutoring.SeriesEnrolment;
import jp.manabiba.tutoring.SeriesOption;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has a unit now, of the children and series the caller reaches, and taking a unit back. Taking it back removes
 * only the assignment: the child's answers, ratings and action stay (keyed by child and unit), and are there again
 * if the unit is given again. Whoever may give the unit to that child or series may take it back.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER})
public class UnitHolders {

    private final UnitAssignmentRepository assignments;
    private final LearningAccess access;
    private final SeriesEnrolment seriesEnrolment;
    private final AuditLog audit;

    UnitHolders(UnitAssignmentRepository assignments, LearningAccess access, SeriesEnrolment seriesEnrolment,
                AuditLog audit) {
        this.assignments = assignments;
        this.access = access;
        this.seriesEnrolment = seriesEnrolment;
        this.audit = audit;
    }

    /** The children and series that have the unit, of those the caller reaches; series first, then by name. */
    @Transactional(readOnly = true)
    public List<UnitHolder> of(String unitId) {
        LearningAccess.Scope scope = access.scope();
        Map<Long, UnitAssignment> found = new LinkedHashMap<>();
        if (!scope.organisations().isEmpty()) {
            assignments.findByUnitIdAndOrganisationIdIn(unitId, scope.organisations()).forEach(a -> found.put(a.id(), a));
        }
        if (!scope.learners().isEmpty()) {
            assignments.findByUnitIdAndLearnerIdIn(unitId, scope.learners().keySet()).forEach(a -> found.put(a.id(), a));
        }
        Map<Long, String> series = access.runsSeries() ? seriesEnrolment.managedSeries().stream()
                .collect(Collectors.toMap(SeriesOption::id, SeriesOption::title)) : Map.of();
        if (!series.isEmpty()) {
            assignments.findByUnitIdAndSeriesIdIn(unitId, series.keySet()).forEach(a -> found.put(a.id(), a));
        }
        Map<Long, String> names = scope.namesOf(found.values().stream().map(UnitAssignment::learnerId)
                .filter(java.util.Objects::nonNull).toList());
        List<UnitHolder> holders = new ArrayList<>();
        for (UnitAssignment a : found.values()) {
            Long learner = a.learnerId();
            String name = learner != null ? names.get(learner) : series.get(a.seriesId());
            if (name != null) { // a child who left the caller's scope since is not shown
                holders.add(new UnitHolder(a.id(), learner, a.seriesId(), name));
            }
        }
        holders.sort(Comparator.comparing((UnitHolder h) -> !h.series()).thenComparing(UnitHolder::name));
        return holders;
    }

    /** Takes a unit back from a child or series the caller reaches; another's assignment is refused and audited. */
    @Transactional
    public void unassign(long assignmentId) {
        UnitAssignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> access.refused("unit-assignment", assignmentId, UnitAssignments.SCREEN));
        Long learner = assignment.learnerId();
        Long series = assignment.seriesId();
        if (learner != null) {
            access.organisationForLearner(learner, UnitAssignments.SCREEN);
        } else if (series != null) {
            access.organisationForSeries(series, UnitAssignments.SCREEN);
        }
        assignments.delete(assignment);
        audit.record(AuditAction.REMOVE, "unit-assignment", assignmentId, UnitAssignments.SCREEN);
    }
}
