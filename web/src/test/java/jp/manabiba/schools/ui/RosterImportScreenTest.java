package jp.manabiba.schools.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.schools.RosterImport;
import jp.manabiba.schools.RosterOutcome;
import jp.manabiba.schools.RosterPreview;
import jp.manabiba.schools.RosterPreviewRow;
import jp.manabiba.schools.roster.RosterReader;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster preview: a whole city's roster pages lazily, and a package-wide warning is shown above it. */
class RosterImportScreenTest extends KaribuTest {

    @Test
    void a_preview_of_thousands_of_rows_is_paged_lazily_and_warnings_are_shown() {
        PeopleFixture f = new PeopleFixture(context, "roster-screen");
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(RosterImportView.class);
        RosterImportView view = (RosterImportView) KaribuSupport.currentView();
        List<RosterPreviewRow> rows = new ArrayList<>();
        for (int line = 2; line < 2_502; line++) {
            rows.add(new RosterPreviewRow("classes.csv", line, "class", "class-" + line, "クラス " + line,
                    RosterOutcome.CREATE, null, List.of(), null));
        }

        view.show(new RosterReader().read(new ByteArrayInputStream(new byte[0])),
                new RosterPreview("roster.dialect.UNKNOWN", rows, List.of(RosterImport.NO_ENROLLMENTS)));

        @SuppressWarnings("unchecked")
        Grid<RosterPreviewRow> grid = LocatorJ._get(Grid.class);
        assertThat(grid.isAllRowsVisible()).as("all rows visible makes the browser fetch every row at once").isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(2_500);
        assertThat(GridKt._getFormattedRow(grid, 2_400)).contains("クラス 2402");
        assertThat(LocatorJ._find(Paragraph.class)).anySatisfy(p -> assertThat(p.getText()).contains("enrollments.csv"));
    }
}
