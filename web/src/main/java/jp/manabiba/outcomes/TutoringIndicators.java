package jp.manabiba.outcomes;

import jp.manabiba.tutoring.SessionFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicators tutoring's records answer, through its public {@link SessionFigures} (and {@link SessionsHeldQuery}). */
@Configuration
class TutoringIndicators {

    @Bean
    IndicatorQuery childrenAttending(SessionFigures figures, TutoringDrills drills) {
        return IndicatorQuery.drilled("CHILDREN_ATTENDING", (range, orgs) -> figures.childrenAttending(orgs, range),
                drills::childrenAttending);
    }

    @Bean
    IndicatorQuery attendanceRate(SessionFigures figures, TutoringDrills drills) {
        return IndicatorQuery.drilled("ATTENDANCE_RATE", (range, orgs) -> figures.attendance(orgs, range),
                drills::childrenExpected);
    }

    @Bean
    IndicatorQuery supportHoursPerLearner(SessionFigures figures, TutoringDrills drills) {
        return IndicatorQuery.drilled(IndicatorQuery.of("SUPPORT_HOURS_PER_LEARNER",
                (range, orgs) -> figures.minutesPerChild(orgs, range),
                (range, orgs) -> CategoryFigure.listed(CategoryMeasure.SUPPORT_HOURS, figures.minutesByCategory(orgs, range))),
                drills::childrenAttending);
    }
}
