package jp.manabiba.assignments;

import java.time.LocalDateTime;

import jp.manabiba.i18n.ProgrammeZone;

/** Assignments as records for the staff's screens. */
final class AssignmentDetails {

    private AssignmentDetails() {
    }

    static AssignmentDetail of(Assignment a, boolean frozen, boolean mine, boolean editable) {
        return new AssignmentDetail(a.id(), a.version(), a.organisationId(), a.title(), a.instructions(),
                LocalDateTime.ofInstant(a.dueAt(), ProgrammeZone.TOKYO), a.state(), frozen, mine, editable,
                a.questions().stream().map(AssignmentDetails::question).toList(), a.learnerIds(), a.seriesIds(),
                a.copiedFromId());
    }

    static AssignmentDetail.QuestionDetail question(Question q) {
        return new AssignmentDetail.QuestionDetail(q.id(), q.position(), q.kind(), q.prompt(), q.points(), q.required(),
                q.choices().stream().map(c -> new AssignmentDetail.ChoiceDetail(c.id(), c.label(), c.correct())).toList(),
                q.numberAnswer(), q.numberTolerance(), q.unit(), q.acceptedAnswers(), q.rules());
    }
}
