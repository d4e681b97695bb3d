package jp.manabiba.outcomes;

import jp.manabiba.people.SupporterCategory;
import jp.manabiba.training.TrainingFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicators training's records answer: the programme's trained head counts, readiness and interpersonal support. */
@Configuration
class TrainingIndicators {

    @Bean
    IndicatorQuery trainedExNurseryTeachers(TrainingFigures figures, TrainingDrills drills) {
        return IndicatorQuery.drilled("TRAINED_EX_NURSERY_TEACHERS",
                (range, orgs) -> figures.trained(SupporterCategory.EX_NURSERY_TEACHER, orgs, range),
                drills.trained(SupporterCategory.EX_NURSERY_TEACHER));
    }

    @Bean
    IndicatorQuery trainedParents(TrainingFigures figures, TrainingDrills drills) {
        return IndicatorQuery.drilled("TRAINED_PARENTS", (range, orgs) -> figures.trained(SupporterCategory.PARENT, orgs, range),
                drills.trained(SupporterCategory.PARENT));
    }

    @Bean
    IndicatorQuery trainedStudents(TrainingFigures figures, TrainingDrills drills) {
        return IndicatorQuery.drilled("TRAINED_STUDENTS",
                (range, orgs) -> figures.trained(SupporterCategory.UNIVERSITY_STUDENT, orgs, range),
                drills.trained(SupporterCategory.UNIVERSITY_STUDENT));
    }

    @Bean
    IndicatorQuery supportersReady(TrainingFigures figures, TrainingDrills drills) {
        return IndicatorQuery.drilled(IndicatorQuery.of("SUPPORTERS_READY", (range, orgs) -> figures.readyAtMonthEnd(orgs, range),
                (range, orgs) -> CategoryFigure.listed(CategoryMeasure.SUPPORTERS, figures.readyByCategory(orgs, range))),
                drills::ready);
    }

    @Bean
    IndicatorQuery studentsInterpersonal(TrainingFigures figures, TrainingDrills drills) {
        return IndicatorQuery.drilled("STUDENTS_INTERPERSONAL", (range, orgs) -> figures.interpersonalStudents(orgs, range),
                drills::interpersonal);
    }
}
