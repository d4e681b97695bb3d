package jp.manabiba.surveys.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import jp.manabiba.surveys.SurveyReport;
import jp.manabiba.surveys.SurveyResults;

/**
 * A survey's results, one version at a time (the newest with answers first; a choice of every version with its
 * own answers and rate): the response rate, then each question's counts as bars (readable on a projector), "<5"
 * with no breakdown where an anonymous question has fewer than five answers, free texts for the organisation's
 * own coordinators, and the before/after comparison of a POST survey.
 */
@Route("surveys/results/:id")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SurveyResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyResults results;
    private long surveyId;
    private String title = "";

    public SurveyResultsView(SurveyResults results) {
        this.results = results;
        addClassNames("people-view", "survey-results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        surveyId = event.getRouteParameters().getLong("id").orElse(0L);
        show(0);
    }

    /** The results of version {@code number} (0: the newest with answers), with a choice of every version. */
    private void show(int number) {
        SurveyReport report = results.report(surveyId, number, getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage()));
        title = report.title();
        removeAll();
        int percent = report.invited() == 0 ? 0 : Math.round(100f * report.answered() / report.invited());
        Paragraph rate = new Paragraph(getTranslation("surveys.results.rate", report.answered(), report.invited(), percent));
        rate.addClassName("response-rate");
        add(new H2(report.title()), rate);
        if (report.versions().size() > 1) {
            add(versionChoice(report));
        }
        add(new Paragraph(getTranslation("surveys.results.version", report.versionNumber())));
        if (report.anonymous()) {
            add(new Paragraph(getTranslation("surveys.results.small-cells", SurveyResults.SMALL)));
        }
        report.questions().forEach(q -> add(question(q, report.versionNumber())));
        if (report.pairs() != null) {
            add(pairs(report.pairs()));
        }
    }

    /** Every version with its own answers and rate; choosing one shows its results (never mixed with another's). */
    private Select<SurveyReport.VersionFigure> versionChoice(SurveyReport report) {
        Select<SurveyReport.VersionFigure> choice = new Select<>();
        choice.setLabel(getTranslation("surveys.results.choose-version"));
        choice.addClassName("version-choice");
        choice.setItems(report.versions().reversed());
        choice.setItemLabelGenerator(v -> getTranslation("surveys.results.version-figure", v.number(), v.responses(),
                v.percentOf(report.invited())));
        report.versions().stream().filter(v -> v.number() == report.versionNumber()).findFirst().ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> { // added after the value is set: only a choice shows another version
            if (e.getValue() != null) {
                show(e.getValue().number());
            }
        });
        return choice;
    }

    private Div question(SurveyReport.QuestionResult q, int version) {
        Div card = new Div(new H2(getTranslation("surveys.question.heading", q.position()) + " " + q.text()));
        card.addClassNames("big-card", "question-result");
        if (q.changed()) {
            Paragraph changed = new Paragraph(getTranslation("surveys.results.changed", version - 1));
            changed.addClassName("changed-question");
            card.add(changed);
        }
        if (q.suppressed()) {
            Paragraph few = new Paragraph(getTranslation("surveys.results.few"));
            few.addClassName("suppressed");
            card.add(few);
            return card;
        }
        card.add(new Paragraph(getTranslation("surveys.results.answers", q.answers())));
        for (SurveyReport.OptionCount count : q.counts()) {
            Div bar = new Div();
            bar.addClassName("result-bar");
            bar.getStyle().set("width", (q.answers() == 0 ? 0 : 100 * count.count() / q.answers()) + "%");
            Div row = new Div(new Paragraph(getTranslation("surveys.results.option", count.label(), count.count())), bar);
            row.addClassName("result-row");
            card.add(row);
        }
        q.texts().forEach(text -> {
            Paragraph said = new Paragraph(text);
            said.addClassName("free-text");
            card.add(said);
        });
        return card;
    }

    private Div pairs(SurveyReport.PairResult pairs) {
        Div card = new Div(new H2(getTranslation("surveys.results.pairs", pairs.preTitle())));
        card.addClassNames("big-card", "pair-result");
        if (pairs.suppressed()) {
            card.add(new Paragraph(getTranslation("surveys.results.few")));
            return card;
        }
        card.add(new Paragraph(getTranslation("surveys.results.pair-count", pairs.pairs())));
        pairs.changes().forEach(change -> card.add(new Paragraph(getTranslation("surveys.results.change",
                change.position(), change.text(), String.format(Locale.ROOT, "%.1f", change.before()),
                String.format(Locale.ROOT, "%.1f", change.after())))));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.results.title");
    }
}
