package jp.manabiba.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.manabiba.people.SupporterCategory;
import org.jspecify.annotations.Nullable;

/**
 * A number of trained supporters of one category to reach in a period, set by an administrator for the whole
 * network (no organisation) or for one organisation. Without a row the programme's defaults apply
 * ({@link TargetBook}).
 */
@Entity
@Table(name = "training_target")
public class TrainingTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable Long organisationId;

    @Enumerated(EnumType.STRING)
    private SupporterCategory category;

    @Enumerated(EnumType.STRING)
    private TargetPeriod periodKind;

    /** The fiscal year the period starts: the year itself, or the programme's first year. */
    private int firstYear;

    private int target;

    protected TrainingTarget() {
        this.category = SupporterCategory.OTHER_VOLUNTEER;
        this.periodKind = TargetPeriod.PROGRAMME;
    }

    TrainingTarget(@Nullable Long organisationId, SupporterCategory category, TargetPeriod periodKind, int firstYear,
                   int target) {
        this.organisationId = organisationId;
        this.category = category;
        this.periodKind = periodKind;
        this.firstYear = firstYear;
        this.target = target;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public SupporterCategory category() {
        return category;
    }

    public TargetPeriod periodKind() {
        return periodKind;
    }

    public int firstYear() {
        return firstYear;
    }

    public int target() {
        return target;
    }

    void change(int newTarget) {
        this.target = newTarget;
    }

    boolean isFor(@Nullable Long organisation, SupporterCategory ofCategory, TargetPeriod kind, int year) {
        return java.util.Objects.equals(organisationId, organisation) && category == ofCategory && periodKind == kind
                && firstYear == year;
    }
}
