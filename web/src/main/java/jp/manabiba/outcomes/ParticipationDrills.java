package jp.manabiba.outcomes;

import java.util.Locale;

import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.people.ReturnedSupporterRows;
import jp.manabiba.surveys.SurveyRows;
import org.springframework.stereotype.Component;

/**
 * People's and surveys' records behind their figures as rows: the supporters who came back (and the child they
 * were), and per survey its invitations and answers, in counts only (never who was asked or answered).
 */
@Component
class ParticipationDrills {

    private final ReturnedSupporterRows returned;
    private final SurveyRows surveys;
    private final TranslationProvider texts;

    ParticipationDrills(ReturnedSupporterRows returned, SurveyRows surveys, TranslationProvider texts) {
        this.returned = returned;
        this.surveys = surveys;
        this.texts = texts;
    }

    FirstRows<DrillRow> returned(long organisation, MonthRange range, Locale locale) {
        return returned.returnedIn(organisation, range).map(s -> new DrillRow(s.id(), s.name(),
                texts.getTranslation("outcomes.drill.returned", locale, s.formerLearner(), s.since().toString())));
    }

    FirstRows<DrillRow> surveys(long organisation, MonthRange range, Locale locale) {
        return surveys.responsesIn(organisation, range).map(s -> new DrillRow(s.id(), s.title(),
                texts.getTranslation("outcomes.drill.survey", locale, String.valueOf(s.invited()),
                        String.valueOf(s.answered()), s.opensOn().toString())));
    }
}
