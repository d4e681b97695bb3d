package jp.manabiba.research;

import java.util.List;
import java.util.Set;

import jp.manabiba.assignments.AssignmentResults;
import jp.manabiba.learning.LearningByChild;
import jp.manabiba.people.ResearchSubject;
import jp.manabiba.people.ResearchSubjects;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.tutoring.AttendanceByMonth;
import org.springframework.stereotype.Component;

/**
 * Gathers an export's data through the features' public queries: the consenting children first, then one query per
 * dataset for all of them (never a query per child). Reflections are asked for only when the field was reviewed.
 */
@Component
class ResearchDataset {

    private final ResearchSubjects subjects;
    private final AttendanceByMonth attendance;
    private final AssignmentResults assignments;
    private final LearningByChild learning;

    ResearchDataset(ResearchSubjects subjects, AttendanceByMonth attendance, AssignmentResults assignments,
                    LearningByChild learning) {
        this.subjects = subjects;
        this.attendance = attendance;
        this.assignments = assignments;
        this.learning = learning;
    }

    ResearchData collect(long organisationId, FiscalYear year, Set<ResearchField> reviewed) {
        List<ResearchSubject> children = subjects.consenting(organisationId, year);
        List<Long> ids = children.stream().map(ResearchSubject::learnerId).toList();
        if (ids.isEmpty()) {
            return new ResearchData(children, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        return new ResearchData(children,
                attendance.of(organisationId, ids, year),
                assignments.byLearner(organisationId, ids, year.firstDay(), year.lastDay()),
                learning.units(organisationId, ids, year),
                learning.ratings(organisationId, ids, year),
                reviewed.contains(ResearchField.REFLECTIONS) ? learning.reflections(organisationId, ids, year) : List.of());
    }
}
