package jp.manabiba.outcomes;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A target of an indicator for an organisation (or the network: no organisation) and a period. */
@Entity
@Table(name = "indicator_target")
class IndicatorTarget {

    /** DECIMAL(12,2): ten digits before the point. */
    static final BigDecimal MAX = new BigDecimal("9999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String indicatorCode;
    private @Nullable Long organisationId;
    @Column(insertable = false, updatable = false)
    private long organisationKey;
    @Enumerated(EnumType.STRING)
    private PeriodKind periodKind;
    private int startYear;
    private BigDecimal target;

    protected IndicatorTarget() {
        indicatorCode = "";
        periodKind = PeriodKind.FISCAL_YEAR;
        target = BigDecimal.ZERO;
    }

    IndicatorTarget(String indicatorCode, @Nullable Long organisationId, PeriodKind periodKind, int startYear,
                    BigDecimal target) {
        this.indicatorCode = indicatorCode;
        this.organisationId = organisationId;
        this.periodKind = periodKind;
        this.startYear = startYear;
        this.target = target;
    }

    void change(BigDecimal newTarget) {
        target = newTarget;
    }

    @Nullable Long id() {
        return id;
    }

    String indicatorCode() {
        return indicatorCode;
    }

    @Nullable Long organisationId() {
        return organisationId;
    }

    PeriodKind periodKind() {
        return periodKind;
    }

    int startYear() {
        return startYear;
    }

    BigDecimal target() {
        return target;
    }
}
