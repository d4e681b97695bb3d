package jp.manabiba.outcomes;

import jp.manabiba.assignments.WorkFigures;
import jp.manabiba.learning.EsdFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicators assignments' and learning's records answer, through their public figure services. */
@Configuration
class LearningIndicators {

    @Bean
    IndicatorQuery assignmentsCompleted(WorkFigures figures, LearningDrills drills) {
        return IndicatorQuery.drilled("ASSIGNMENTS_COMPLETED", (range, orgs) -> figures.completed(orgs, range),
                drills::work);
    }

    @Bean
    IndicatorQuery esdUnitsCompleted(EsdFigures figures, LearningDrills drills) {
        return IndicatorQuery.drilled("ESD_UNITS_COMPLETED", (range, orgs) -> figures.unitsCompleted(orgs, range),
                drills::units);
    }

    @Bean
    IndicatorQuery esdAbilityChange(EsdFigures figures, LearningDrills drills) {
        return IndicatorQuery.drilled("ESD_ABILITY_CHANGE", (range, orgs) -> figures.abilityChange(orgs, range),
                drills::ratingPairs);
    }

    @Bean
    IndicatorQuery communityActions(EsdFigures figures, LearningDrills drills) {
        return IndicatorQuery.drilled("COMMUNITY_ACTIONS", (range, orgs) -> figures.communityActions(orgs, range),
                drills::actions);
    }

    @Bean
    IndicatorQuery communityActionHours(EsdFigures figures, LearningDrills drills) {
        return IndicatorQuery.drilled("COMMUNITY_ACTION_HOURS", (range, orgs) -> figures.communityActionMinutes(orgs, range),
                drills::actions);
    }
}
