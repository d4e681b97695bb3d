package jp.manabiba.demo;

import java.time.LocalTime;
import java.util.Random;
import java.util.Set;

import jp.manabiba.training.ModuleKind;
import jp.manabiba.training.ModuleStanding;
import jp.manabiba.training.Readiness;
import jp.manabiba.training.SupporterStanding;
import jp.manabiba.training.TrainingRecords;
import jp.manabiba.training.WorkshopPlan;
import jp.manabiba.training.Workshops;
import org.springframework.stereotype.Component;

/**
 * The demo's training records, made through the real service as a coordinator records training done elsewhere:
 * the demo tutors are ready, most supporters are trained (on days spread over the past two years, so the targets
 * show progress), one is close to their safeguarding renewal, and the demo volunteer has only begun, so whoever
 * signs in as them meets the gate that keeps untrained supporters away from children.
 */
@Component
class DemoTraining {

    private final TrainingRecords records;
    private final Readiness readiness;
    private final Workshops workshops;

    DemoTraining(TrainingRecords records, Readiness readiness, Workshops workshops) {
        this.records = records;
        this.readiness = readiness;
        this.workshops = workshops;
    }

    /** The interpersonal-support workshop three weeks from now, open for sign-up. */
    void workshop(long organisationId) {
        long module = workshops.moduleChoices().stream().filter(m -> m.kind() == ModuleKind.WORKSHOP)
                .findFirst().orElseThrow().id();
        workshops.create(new WorkshopPlan(organisationId, "対人援助の基礎 研修会（ロールプレイ）",
                readiness.today().plusWeeks(3), LocalTime.of(13, 30), LocalTime.of(16, 30), "高槻市立総合市民交流センター 第3会議室",
                "大学 教員（臨床心理士）", 20, Set.of(module)));
    }

    /** Ready two weeks ago: every module needed before children. */
    void ready(long supporterId) {
        SupporterStanding standing = records.standing(supporterId);
        standing.missingBeforeChildren().forEach(module -> record(supporterId, module, 14));
    }

    /** Trained some day in the past two years: every module that is not optional, in the track's order. */
    void trained(long supporterId, Random random) {
        int daysAgo = 30 + random.nextInt(600);
        for (ModuleStanding module : records.standing(supporterId).modules()) {
            if (module.requirement().countsForTrained()) {
                record(supporterId, module, daysAgo);
                daysAgo = Math.max(14, daysAgo - 7);
            }
        }
    }

    /** Trained, with the first module (safeguarding, valid two years) running out within the next weeks. */
    void renewalDue(long supporterId) {
        SupporterStanding standing = records.standing(supporterId);
        standing.modules().stream().filter(m -> m.requirement().countsForTrained())
                .forEach(module -> record(supporterId, module, module.position() == 1 ? 700 : 60));
    }

    /** Only begun: the first module done, the rest waiting. */
    void begun(long supporterId) {
        records.standing(supporterId).modules().stream().findFirst().ifPresent(first -> record(supporterId, first, 3));
    }

    private void record(long supporterId, ModuleStanding module, int daysAgo) {
        records.recordCompletion(supporterId, module.moduleId(), readiness.today().minusDays(daysAgo), null);
    }
}
