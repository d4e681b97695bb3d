package jp.manabiba.training;

import org.springframework.context.ApplicationContext;

/**
 * For fixtures that put a supporter in front of children: records, a week ago, every module their track needs
 * before children, as a coordinator would record training done elsewhere. Call it as an administrator.
 */
public final class ReadySupporters {

    private ReadySupporters() {
    }

    public static void makeReady(ApplicationContext context, long supporterId) {
        TrainingRecords records = context.getBean(TrainingRecords.class);
        Readiness readiness = context.getBean(Readiness.class);
        records.standing(supporterId).missingBeforeChildren().forEach(module -> records.recordCompletion(
                supporterId, module.moduleId(), readiness.today().minusDays(7), "fixture"));
    }
}
