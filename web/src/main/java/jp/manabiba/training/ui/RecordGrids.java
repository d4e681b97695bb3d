package jp.manabiba.training.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.training.HistoryLines.CertificateLine;
import jp.manabiba.training.HistoryLines.CompletionLine;
import jp.manabiba.training.HistoryLines.QuizAttemptLine;
import jp.manabiba.training.HistoryLines.SignupLine;
import jp.manabiba.training.ModuleStanding;
import jp.manabiba.training.SupporterStanding;
import org.jspecify.annotations.Nullable;

/** The grids of one supporter's training record: the track's progress and the four histories, newest first. */
final class RecordGrids {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu/MM/dd H:mm").withZone(ProgrammeZone.TOKYO);

    private RecordGrids() {
    }

    static Grid<ModuleStanding> progress(SupporterStanding standing) {
        Grid<ModuleStanding> grid = grid(standing.modules(), "coord.record.empty-track", "training-progress");
        grid.addColumn(m -> m.title(ScreenLocale.current())).setHeader(t(grid, "coord.record.module")).setFlexGrow(2);
        grid.addColumn(m -> t(grid, "coord.requirement." + m.requirement().name())).setHeader(t(grid, "coord.record.requirement"));
        grid.addColumn(m -> t(grid, ProgressStatus.of(m, standing.day()).key())).setHeader(t(grid, "coord.record.status"));
        grid.addColumn(m -> date(m.firstDone())).setHeader(t(grid, "coord.record.first-done"));
        grid.addColumn(m -> date(m.expiresOn())).setHeader(t(grid, "coord.record.expires"));
        return grid;
    }

    static Grid<CompletionLine> completions(List<CompletionLine> lines) {
        Grid<CompletionLine> grid = grid(lines, "coord.record.empty-history", "training-history");
        grid.addColumn(c -> date(c.completedOn())).setHeader(t(grid, "coord.record.completed-on"));
        grid.addColumn(c -> c.module().in(ScreenLocale.current())).setHeader(t(grid, "coord.record.module")).setFlexGrow(2);
        grid.addColumn(c -> t(grid, "coord.method." + c.method().name())).setHeader(t(grid, "coord.record.method"));
        grid.addColumn(c -> date(c.expiresOn())).setHeader(t(grid, "coord.record.expires"));
        grid.addColumn(c -> c.recordedBy() == null ? t(grid, "coord.record.by-supporter") : c.recordedBy())
                .setHeader(t(grid, "coord.record.recorded-by"));
        grid.addColumn(c -> c.note() == null ? "" : c.note()).setHeader(t(grid, "coord.record.note"));
        return grid;
    }

    static Grid<QuizAttemptLine> quizAttempts(List<QuizAttemptLine> lines) {
        Grid<QuizAttemptLine> grid = grid(lines, "coord.record.empty-quiz", "training-quiz");
        grid.addColumn(q -> WHEN.format(q.submittedAt())).setHeader(t(grid, "coord.record.when"));
        grid.addColumn(q -> q.module().in(ScreenLocale.current())).setHeader(t(grid, "coord.record.module")).setFlexGrow(2);
        grid.addColumn(q -> grid.getTranslation("coord.record.score", q.score(), q.outOf())).setHeader(t(grid, "coord.record.score-header"));
        grid.addColumn(q -> t(grid, q.passed() ? "coord.record.passed" : "coord.record.not-passed"))
                .setHeader(t(grid, "coord.record.result"));
        return grid;
    }

    static Grid<SignupLine> signups(List<SignupLine> lines) {
        Grid<SignupLine> grid = grid(lines, "coord.record.empty-signups", "training-signups");
        grid.addColumn(s -> WHEN.format(s.startsAt())).setHeader(t(grid, "coord.record.when"));
        grid.addColumn(SignupLine::workshop).setHeader(t(grid, "coord.record.workshop")).setFlexGrow(2);
        grid.addColumn(SignupLine::place).setHeader(t(grid, "coord.record.place"));
        grid.addColumn(s -> t(grid, "coord.signup-state." + s.state())).setHeader(t(grid, "coord.record.state"));
        return grid;
    }

    static Grid<CertificateLine> certificates(List<CertificateLine> lines) {
        Grid<CertificateLine> grid = grid(lines, "coord.record.empty-certificates", "training-certificates");
        grid.addColumn(c -> WHEN.format(c.submittedAt())).setHeader(t(grid, "coord.record.submitted"));
        grid.addColumn(c -> c.module().in(ScreenLocale.current())).setHeader(t(grid, "coord.record.module")).setFlexGrow(2);
        grid.addColumn(c -> date(c.completedOn())).setHeader(t(grid, "coord.record.completed-on"));
        grid.addColumn(c -> t(grid, "coord.certificate-state." + c.state())
                + (c.reason() == null ? "" : " (" + c.reason() + ")")).setHeader(t(grid, "coord.record.state"));
        return grid;
    }

    private static <T> Grid<T> grid(List<T> items, String emptyKey, String className) {
        Grid<T> grid = new Grid<>();
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(grid.getTranslation(emptyKey));
        grid.addClassName(className);
        return grid;
    }

    private static String t(Grid<?> grid, String key) {
        return grid.getTranslation(key);
    }

    private static String date(@Nullable LocalDate day) {
        return day == null ? "" : DateFields.format(day);
    }
}
