package jp.manabiba.outcomes.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard draws each counted card's month trend as SVG beside its table and offers the three downloads. */
class OutcomesChartsAndExportsScreenTest extends KaribuTest {

    private static PeopleFixture f;

    @BeforeEach
    void fixture() {
        if (f == null) {
            f = new PeopleFixture(context, "outcomes-charts");
        }
    }

    @Test
    void every_counted_card_has_its_trend_as_svg_and_keeps_the_month_table() {
        open(f.coordinatorA);

        List<IndicatorCardView> cards = LocatorJ._find(IndicatorCardView.class);
        assertThat(cards).isNotEmpty();
        assertThat(cards.stream().filter(c -> c.card().counted())).isNotEmpty().allSatisfy(card -> {
            List<Svg> trend = LocatorJ._find(card, Svg.class, s -> s.withClasses("outcome-trend-chart"));
            assertThat(trend).as(card.card().indicator().code()).hasSize(1);
            assertThat(trend.getFirst().getElement().getProperty("innerHTML")).startsWith("<svg").contains("role=\"img\"");
            assertThat(LocatorJ._find(card, MonthTable.class)).isNotEmpty();
        });
        assertThat(cards.stream().filter(c -> !c.card().counted()))
                .allSatisfy(card -> assertThat(LocatorJ._find(card, Svg.class)).isEmpty());
    }

    @Test
    void the_network_view_draws_the_households_charts_and_offers_excel_csv_and_pdf() {
        open(f.admin);

        IndicatorCardView households = LocatorJ._find(IndicatorCardView.class).stream()
                .filter(c -> c.card().indicator().code().equals("HOUSEHOLDS_SUPPORTED")).findFirst().orElseThrow();
        List<Svg> charts = LocatorJ._find(households, Svg.class);
        assertThat(charts).isNotEmpty();
        List<Anchor> links = LocatorJ._find(Anchor.class, s -> s.withClasses("export-link"));
        assertThat(links).extracting(Anchor::getText).containsExactly("Excel（.xlsx）", "CSV（UTF-8）", "PDF報告書");
    }

    private static void open(TestPrincipal user) {
        KaribuSupport.signIn(user);
        UI.getCurrent().navigate("outcomes");
    }
}
