package jp.manabiba.people.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.people.OutcomeRow;
import jp.manabiba.people.ProgrammeTotal;

/**
 * Households supported this fiscal year against the target, per organisation as the coordinator's home shows, or
 * for the whole network as the administrator's home shows.
 */
public class OutcomeCards extends Div {

    public OutcomeCards(List<OutcomeRow> rows) {
        addClassName("outcome-cards");
        for (OutcomeRow row : rows) {
            add(card(row.organisation(), row.householdsSupported(), row.target(), row.year(),
                    new Span(getTranslation("outcome.learners", row.learners()))));
        }
    }

    /** The whole network's figure, as the administrator's home shows it. */
    public static OutcomeCards programme(ProgrammeTotal total) {
        OutcomeCards cards = new OutcomeCards(List.of());
        Div card = cards.card(cards.getTranslation("outcome.programme"), total.householdsSupported(), total.target(),
                total.year(), new Span(cards.getTranslation("outcome.organisations", total.organisations())));
        card.addClassName("programme-total");
        cards.add(card);
        return cards;
    }

    private Div card(String title, long supported, long target, FiscalYear year, Span detail) {
        Span figure = new Span(getTranslation("outcome.households", supported, target));
        figure.addClassName("outcome-figure");
        double max = Math.max(target, 1);
        ProgressBar progress = new ProgressBar(0, max, Math.min(supported, max));
        progress.getElement().setAttribute("aria-label", figure.getText());
        Div card = new Div(new Span(title), figure, progress, detail,
                new Span(getTranslation("fiscal-year.name", String.valueOf(year.year()))));
        card.addClassName("outcome-card");
        return card;
    }
}
