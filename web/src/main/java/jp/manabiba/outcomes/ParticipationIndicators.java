package jp.manabiba.outcomes;

import jp.manabiba.people.ReturnedSupporterFigures;
import jp.manabiba.surveys.SurveyFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicators people's and surveys' records answer: children who came back as supporters, survey response rate. */
@Configuration
class ParticipationIndicators {

    @Bean
    IndicatorQuery returnedSupporters(ReturnedSupporterFigures figures) {
        return IndicatorQuery.of("RETURNED_SUPPORTERS", (range, orgs) -> figures.returned(orgs, range));
    }

    @Bean
    IndicatorQuery surveyResponseRate(SurveyFigures figures) {
        return IndicatorQuery.of("SURVEY_RESPONSE_RATE", (range, orgs) -> figures.responseRate(orgs, range));
    }
}
