package jp.manabiba.outcomes;

import jp.manabiba.people.ReturnedSupporterFigures;
import jp.manabiba.surveys.SurveyFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicators people's and surveys' records answer: children who came back as supporters, survey response rate. */
// The bean names end in "Query": people already has a bean named returnedSupporters.
@Configuration
class ParticipationIndicators {

    @Bean
    IndicatorQuery returnedSupportersQuery(ReturnedSupporterFigures figures, ParticipationDrills drills) {
        return IndicatorQuery.drilled("RETURNED_SUPPORTERS", (range, orgs) -> figures.returned(orgs, range),
                drills::returned);
    }

    @Bean
    IndicatorQuery surveyResponseRateQuery(SurveyFigures figures, ParticipationDrills drills) {
        return IndicatorQuery.drilled("SURVEY_RESPONSE_RATE", (range, orgs) -> figures.responseRate(orgs, range),
                drills::surveys);
    }
}
