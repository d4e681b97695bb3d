package jp.manabiba.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community action that closes a unit, the child's own: planned (what, with whom, the day), changed while it
 * is a plan, then reported once (what happened, minutes, what they learned, the day, not in the future). A change
 * carries the version the screen saw, so a second device cannot overwrite it unseen.
 */
@Service
@RolesAllowed(Roles.LEARNER)
public class MyActions {

    static final String SCREEN = "community-action";
    /** A plan further ahead than this is not a plan a child keeps. */
    static final int PLAN_AHEAD_DAYS = 366;

    private final AssignedUnits assigned;
    private final CommunityActionRepository actions;
    private final LearningAccess access;
    private final Clock clock;

    MyActions(AssignedUnits assigned, CommunityActionRepository actions, LearningAccess access, Clock clock) {
        this.assigned = assigned;
        this.actions = actions;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<MyAction> mine(String unitId) {
        long me = access.myLearner();
        assigned.require(me, unitId, SCREEN);
        return actions.findByLearnerIdAndUnitId(me, unitId).map(CommunityActionRecord::view);
    }

    /**
     * Plans the action, or changes the plan; {@code expectedVersion} null for the first plan. Changes of one action
     * run one after another (its row is made if absent, then locked): a second tab's first plan is refused kindly.
     */
    @Transactional
    public MyAction plan(String unitId, ActionPlan plan, @Nullable Long expectedVersion) {
        long me = access.myLearner();
        AssignedUnits.Given given = assigned.require(me, unitId, SCREEN);
        ActionPlan kept = checked(plan);
        Unit unit = given.unit();
        boolean first = actions.insertIfAbsent(me, given.assignment().organisationId(), unit.id(),
                unit.communityAction().id(), kept.on(), clock.instant()) == 1;
        CommunityActionRecord record = actions.lock(me, unitId).orElseThrow();
        if (!first && (expectedVersion == null || record.version() != expectedVersion)) {
            throw new InvalidInput("what", "learning.error.changed-elsewhere");
        }
        record.plan(kept, clock.instant());
        return actions.saveAndFlush(record).view();
    }

    /** Reports the planned action, once. */
    @Transactional
    public MyAction report(String unitId, ActionReport report, long expectedVersion) {
        long me = access.myLearner();
        assigned.require(me, unitId, SCREEN);
        Optional<CommunityActionRecord> existing = actions.lock(me, unitId);
        if (existing.isEmpty()) {
            throw new InvalidInput("happened", "learning.error.plan-first");
        }
        ActionReport kept = checked(report);
        CommunityActionRecord record = existing.get();
        if (record.version() != expectedVersion) {
            throw new InvalidInput("happened", "learning.error.changed-elsewhere");
        }
        record.report(kept, clock.instant());
        return actions.saveAndFlush(record).view();
    }

    private ActionPlan checked(ActionPlan plan) {
        String what = TextRules.text("what", plan.what(), CommunityActionRecord.WHAT_MAX);
        String withWhom = TextRules.line("withWhom", plan.withWhom(), CommunityActionRecord.WITH_WHOM_MAX);
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
        if (plan.on() == null) {
            throw new InvalidInput("on", TextRules.REQUIRED);
        }
        if (plan.on().isAfter(today.plusDays(PLAN_AHEAD_DAYS)) || plan.on().isBefore(today.minusDays(PLAN_AHEAD_DAYS))) {
            throw new InvalidInput("on", "learning.error.plan-date");
        }
        return new ActionPlan(what, withWhom, plan.on());
    }

    private ActionReport checked(ActionReport report) {
        String happened = TextRules.text("happened", report.happened(), CommunityActionRecord.REPORT_MAX);
        if (report.minutes() < 1 || report.minutes() > CommunityActionRecord.MINUTES_MAX) {
            throw new InvalidInput("minutes", "learning.error.minutes", 1, CommunityActionRecord.MINUTES_MAX);
        }
        String learned = TextRules.optionalText("learned", report.learned(), CommunityActionRecord.LEARNED_MAX);
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
        if (report.doneOn() == null) {
            throw new InvalidInput("doneOn", TextRules.REQUIRED);
        }
        if (report.doneOn().isAfter(today) || report.doneOn().isBefore(today.minusDays(PLAN_AHEAD_DAYS))) {
            throw new InvalidInput("doneOn", "learning.error.done-on");
        }
        return new ActionReport(happened, report.minutes(), learned, report.doneOn());
    }
}
