package jp.manabiba.training.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import jp.manabiba.training.CategoryProgress;
import jp.manabiba.training.Goal;
import jp.manabiba.training.TargetProgress;
import org.jspecify.annotations.Nullable;

/**
 * Trained supporters per category against the targets, this fiscal year and in the programme so far: a bar and
 * the numbers as text ("12 / 45人") for each, per organisation on the coordinator's home, for the whole network on
 * the administrator's.
 */
public class TrainingTargetCards extends Div {

    public TrainingTargetCards(List<TargetProgress> progress) {
        addClassNames("outcome-cards", "training-target-cards");
        progress.forEach(p -> add(card(p.name(), p)));
    }

    /** The whole network's figures, as the administrator's home shows them. */
    public static TrainingTargetCards network(TargetProgress progress) {
        TrainingTargetCards cards = new TrainingTargetCards(List.of());
        Div card = cards.card(cards.getTranslation("outcome.programme"), progress);
        card.addClassName("programme-total");
        cards.add(card);
        return cards;
    }

    private Div card(String title, TargetProgress progress) {
        Div card = new Div(new Span(title));
        card.addClassNames("outcome-card", "training-target-card");
        String thisYear = getTranslation("training.target.this-year",
                getTranslation("fiscal-year.name", String.valueOf(progress.year().year())));
        String programme = getTranslation("training.target.programme", String.valueOf(progress.programme().first()),
                String.valueOf(progress.programme().last()));
        for (CategoryProgress category : progress.categories()) {
            Div row = new Div(new Span(getTranslation("supporter.category." + category.category().name())));
            row.addClassName("training-target-category");
            row.add(figure(thisYear, category.thisYear(), category.yearGoal()),
                    figure(programme, category.programmeToDate(), category.programmeGoal()));
            card.add(row);
        }
        if (progress.categories().isEmpty()) {
            card.add(new Paragraph(getTranslation("training.target.none")));
        }
        if (progress.borrowsNetworkTargets()) {
            Paragraph note = new Paragraph(getTranslation("training.target.borrowed"));
            note.addClassName("training-target-note");
            card.add(note);
        }
        return card;
    }

    private Div figure(String period, long trained, @Nullable Goal goal) {
        Span text = new Span(goal == null ? getTranslation("training.target.figure.no-target", trained)
                : getTranslation("training.target.figure", trained, goal.count()));
        text.addClassName("outcome-figure");
        Div figure = new Div(new Span(period), text);
        figure.addClassName("training-target-figure");
        if (goal != null) {
            double max = Math.max(goal.count(), 1);
            ProgressBar bar = new ProgressBar(0, max, Math.min(trained, max));
            bar.getElement().setAttribute("aria-label", period + " " + text.getText());
            figure.add(bar);
        }
        return figure;
    }
}
