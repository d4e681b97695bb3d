package jp.manabiba.outcomes;

import jp.manabiba.assignments.WorkFigures;
import jp.manabiba.learning.EsdFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicators assignments' and learning's records answer, through their public figure services. */
@Configuration
class LearningIndicators {

    @Bean
    IndicatorQuery assignmentsCompleted(WorkFigures figures) {
        return IndicatorQuery.of("ASSIGNMENTS_COMPLETED", (range, orgs) -> figures.completed(orgs, range));
    }

    @Bean
    IndicatorQuery esdUnitsCompleted(EsdFigures figures) {
        return IndicatorQuery.of("ESD_UNITS_COMPLETED", (range, orgs) -> figures.unitsCompleted(orgs, range));
    }

    @Bean
    IndicatorQuery esdAbilityChange(EsdFigures figures) {
        return IndicatorQuery.of("ESD_ABILITY_CHANGE", (range, orgs) -> figures.abilityChange(orgs, range));
    }

    @Bean
    IndicatorQuery communityActions(EsdFigures figures) {
        return IndicatorQuery.of("COMMUNITY_ACTIONS", (range, orgs) -> figures.communityActions(orgs, range));
    }

    @Bean
    IndicatorQuery communityActionHours(EsdFigures figures) {
        return IndicatorQuery.of("COMMUNITY_ACTION_HOURS", (range, orgs) -> figures.communityActionMinutes(orgs, range));
    }
}
