package jp.manabiba.outcomes;

import jp.manabiba.people.SupporterCategory;
import jp.manabiba.training.TrainingFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicators training's records answer: the programme's trained head counts, readiness and interpersonal support. */
@Configuration
class TrainingIndicators {

    @Bean
    IndicatorQuery trainedExNurseryTeachers(TrainingFigures figures) {
        return IndicatorQuery.of("TRAINED_EX_NURSERY_TEACHERS",
                (range, orgs) -> figures.trained(SupporterCategory.EX_NURSERY_TEACHER, orgs, range));
    }

    @Bean
    IndicatorQuery trainedParents(TrainingFigures figures) {
        return IndicatorQuery.of("TRAINED_PARENTS", (range, orgs) -> figures.trained(SupporterCategory.PARENT, orgs, range));
    }

    @Bean
    IndicatorQuery trainedStudents(TrainingFigures figures) {
        return IndicatorQuery.of("TRAINED_STUDENTS",
                (range, orgs) -> figures.trained(SupporterCategory.UNIVERSITY_STUDENT, orgs, range));
    }

    @Bean
    IndicatorQuery supportersReady(TrainingFigures figures) {
        return IndicatorQuery.of("SUPPORTERS_READY", (range, orgs) -> figures.readyAtMonthEnd(orgs, range),
                (range, orgs) -> CategoryFigure.listed(CategoryMeasure.SUPPORTERS, figures.readyByCategory(orgs, range)));
    }

    @Bean
    IndicatorQuery studentsInterpersonal(TrainingFigures figures) {
        return IndicatorQuery.of("STUDENTS_INTERPERSONAL", (range, orgs) -> figures.interpersonalStudents(orgs, range));
    }
}
