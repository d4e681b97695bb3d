package jp.manabiba.outcomes;

import jp.manabiba.tutoring.SessionFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicators tutoring's records answer, through its public {@link SessionFigures} (and {@link SessionsHeldQuery}). */
@Configuration
class TutoringIndicators {

    @Bean
    IndicatorQuery childrenAttending(SessionFigures figures) {
        return IndicatorQuery.of("CHILDREN_ATTENDING", (range, orgs) -> figures.childrenAttending(orgs, range));
    }

    @Bean
    IndicatorQuery attendanceRate(SessionFigures figures) {
        return IndicatorQuery.of("ATTENDANCE_RATE", (range, orgs) -> figures.attendance(orgs, range));
    }

    @Bean
    IndicatorQuery supportHoursPerLearner(SessionFigures figures) {
        return IndicatorQuery.of("SUPPORT_HOURS_PER_LEARNER", (range, orgs) -> figures.minutesPerChild(orgs, range),
                (range, orgs) -> CategoryFigure.listed(CategoryMeasure.SUPPORT_HOURS, figures.minutesByCategory(orgs, range)));
    }
}
