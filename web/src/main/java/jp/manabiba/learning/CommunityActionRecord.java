package jp.manabiba.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A child's community action for one unit: the plan (what, with whom, on which day), then the report (what
 * happened, how many minutes, what they learned, the day). Once reported it is an outcome of the programme and
 * stays as it was; the plan can change until then.
 */
@Entity
@Table(name = "community_action")
class CommunityActionRecord {

    static final int WHAT_MAX = ActionPlan.WHAT_MAX;
    static final int WITH_WHOM_MAX = ActionPlan.WITH_WHOM_MAX;
    static final int REPORT_MAX = ActionReport.HAPPENED_MAX;
    static final int LEARNED_MAX = ActionReport.LEARNED_MAX;
    static final int MINUTES_MAX = ActionReport.MINUTES_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private long learnerId;
    private long organisationId;
    private String unitId;
    private String activityId;

    @Enumerated(EnumType.STRING)
    private ActionState state;

    private String planWhat;
    private String planWithWhom;
    private LocalDate plannedOn;
    private Instant plannedAt;
    private @Nullable String reportWhat;
    private @Nullable Integer minutes;
    private @Nullable String learned;
    private @Nullable LocalDate doneOn;
    private @Nullable Instant reportedAt;

    /** Rows are made by CommunityActionRepository.insertIfAbsent (two tabs planning at once make one). */
    protected CommunityActionRecord() {
        this.unitId = "";
        this.activityId = "";
        this.state = ActionState.PLANNED;
        this.planWhat = "";
        this.planWithWhom = "";
        this.plannedOn = LocalDate.EPOCH;
        this.plannedAt = Instant.EPOCH;
    }

    void plan(ActionPlan plan, Instant now) {
        if (state == ActionState.REPORTED) {
            throw new InvalidInput("what", "learning.error.action-reported");
        }
        planWhat = plan.what();
        planWithWhom = plan.withWhom();
        plannedOn = plan.on();
        plannedAt = now.truncatedTo(ChronoUnit.MICROS); // as DATETIME(6) keeps it
    }

    void report(ActionReport report, Instant now) {
        if (state == ActionState.REPORTED) {
            throw new InvalidInput("happened", "learning.error.action-reported");
        }
        reportWhat = report.happened();
        minutes = report.minutes();
        learned = report.learned();
        doneOn = report.doneOn();
        reportedAt = now.truncatedTo(ChronoUnit.MICROS);
        state = ActionState.REPORTED;
    }

    long version() {
        return version;
    }

    long learnerId() {
        return learnerId;
    }

    String unitId() {
        return unitId;
    }

    ActionState state() {
        return state;
    }

    MyAction view() {
        return new MyAction(unitId, state, new ActionPlan(planWhat, planWithWhom, plannedOn),
                state == ActionState.REPORTED && reportWhat != null && minutes != null && doneOn != null
                        ? new ActionReport(reportWhat, minutes, learned, doneOn) : null,
                version, reportedAt != null ? reportedAt : plannedAt);
    }

    @Nullable Integer minutes() {
        return minutes;
    }

    @Nullable LocalDate doneOn() {
        return doneOn;
    }
}
