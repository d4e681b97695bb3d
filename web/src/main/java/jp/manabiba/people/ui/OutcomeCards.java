package jp.manabiba.people.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import jp.manabiba.people.OutcomeRow;

/** Households supported this fiscal year against the target, per organisation, as the coordinator's home shows. */
public class OutcomeCards extends Div {

    public OutcomeCards(List<OutcomeRow> rows) {
        addClassName("outcome-cards");
        for (OutcomeRow row : rows) {
            Span figure = new Span(getTranslation("outcome.households", row.householdsSupported(), row.target()));
            figure.addClassName("outcome-figure");
            ProgressBar progress = new ProgressBar(0, Math.max(row.target(), 1), Math.min(row.householdsSupported(), Math.max(row.target(), 1)));
            progress.getElement().setAttribute("aria-label", figure.getText());
            Div card = new Div(new Span(row.organisation()), figure, progress,
                    new Span(getTranslation("outcome.learners", row.learners())),
                    new Span(getTranslation("fiscal-year.name", String.valueOf(row.year().year()))));
            card.addClassName("outcome-card");
            add(card);
        }
    }
}
