package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.Component;
import jp.manabiba.assignments.CompletionRate;
import jp.manabiba.assignments.PupilResult;
import jp.manabiba.curriculum.text.RubySyntax;

/** The columns of the results screens (grid and CSV alike), in the reader's language. */
final class ResultColumns {

    private ResultColumns() {
    }

    /** Per assignment: one row per child. */
    static CsvColumns<PupilResult> perAssignment(Component view) {
        return common(new CsvColumns<PupilResult>().add(view.getTranslation("results.learner"), PupilResult::learnerName), view);
    }

    /** Per pupil: one row per piece of work. */
    static CsvColumns<PupilResult> perPupil(Component view) {
        return common(new CsvColumns<PupilResult>().add(view.getTranslation("results.assignment"), r -> RubySyntax.plain(r.title()))
                .add(view.getTranslation("results.due"), r -> DueTimes.due(r.dueAt())), view);
    }

    private static CsvColumns<PupilResult> common(CsvColumns<PupilResult> columns, Component view) {
        return columns.add(view.getTranslation("results.state"), r -> view.getTranslation("results.state." + r.state().name()))
                .add(view.getTranslation("results.score"), r -> r.score() == null ? "" : String.valueOf(r.score()))
                .add(view.getTranslation("results.max"), r -> String.valueOf(r.maxScore()))
                .add(view.getTranslation("results.late"), r -> r.late() ? view.getTranslation("results.late.yes") : "")
                .add(view.getTranslation("results.submitted-at"), r -> r.submittedAt() == null ? "" : DueTimes.due(r.submittedAt()));
    }

    /** Completion per organisation or per series: given, handed in, done, late, rate. */
    static CsvColumns<CompletionRate> completion(Component view, String nameKey) {
        return new CsvColumns<CompletionRate>().add(view.getTranslation(nameKey), CompletionRate::name)
                .add(view.getTranslation("completion.given"), r -> String.valueOf(r.given()))
                .add(view.getTranslation("completion.handed-in"), r -> String.valueOf(r.handedIn()))
                .add(view.getTranslation("completion.done"), r -> String.valueOf(r.done()))
                .add(view.getTranslation("completion.late"), r -> String.valueOf(r.late()))
                .add(view.getTranslation("completion.rate"), r -> Math.round(r.rate() * 1000) / 10.0 + "%");
    }
}
