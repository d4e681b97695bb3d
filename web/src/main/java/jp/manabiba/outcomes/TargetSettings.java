package jp.manabiba.outcomes;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's targets per indicator, organisation (or network) and period. Households supported keep
 * their target where people keeps it (the organisations screen), so it is refused here rather than kept twice.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class TargetSettings {

    static final String RECORD_TYPE = "indicator-target";
    /** Targets are planned for this fiscal year and the next two at most, as the households' targets are. */
    private static final int YEARS_AHEAD = 2;

    private final OutcomesAccess access;
    private final IndicatorTargetRepository targets;
    private final IndicatorRepository indicators;
    private final Periods periods;
    private final AuditLog audit;

    TargetSettings(OutcomesAccess access, IndicatorTargetRepository targets, IndicatorRepository indicators,
                   Periods periods, AuditLog audit) {
        this.access = access;
        this.targets = targets;
        this.indicators = indicators;
        this.periods = periods;
        this.audit = audit;
    }

    /** The indicators a target is set for here (households supported: on the organisations screen). */
    @Transactional(readOnly = true)
    public List<IndicatorInfo> indicators() {
        access.requireAdministrator();
        return indicators.inOrder().stream().map(Indicator::info)
                .filter(i -> !i.code().equals(HouseholdsSupportedQuery.CODE)).toList();
    }

    /** The fiscal years a target may be set for: the programme's first to two years ahead. */
    public List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(periods.firstYear(), periods.currentYear().year() + YEARS_AHEAD)
                .boxed().toList();
    }

    public int programmeYear() {
        return periods.firstYear();
    }

    /** The targets set for an organisation, or for the network ({@code organisation} null). */
    @Transactional(readOnly = true)
    public List<TargetRow> targets(@Nullable Long organisation) {
        access.requireAdministrator();
        return targets.findAll().stream().filter(t -> Objects.equals(t.organisationId(), organisation))
                .map(t -> new TargetRow(t.indicatorCode(), t.organisationId(), t.periodKind(), t.startYear(), t.target()))
                .sorted(Comparator.comparing(TargetRow::indicator).thenComparing(TargetRow::period)
                        .thenComparing(TargetRow::startYear)).toList();
    }

    @Transactional
    public void set(TargetRow row) {
        access.requireAdministrator();
        if (row.organisationId() != null && !access.viewable().contains(row.organisationId())) {
            throw new InvalidInput("organisation", "outcomes.error.organisation");
        }
        if (indicators.findById(row.indicator()).isEmpty()) {
            throw new InvalidInput("indicator", "outcomes.error.indicator");
        }
        if (row.indicator().equals(HouseholdsSupportedQuery.CODE)) {
            throw new InvalidInput("indicator", "outcomes.error.households-target");
        }
        int first = periods.firstYear();
        int last = years().getLast();
        if (row.period() == PeriodKind.PROGRAMME ? row.startYear() != first
                : row.startYear() < first || row.startYear() > last) {
            // Years as text: a number argument would be printed "2,024".
            throw new InvalidInput("year", "outcomes.error.year-range", String.valueOf(first), String.valueOf(last));
        }
        BigDecimal value = row.target();
        if (value.signum() < 0 || value.compareTo(IndicatorTarget.MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("target", "outcomes.error.target-range", "0", IndicatorTarget.MAX.toPlainString());
        }
        IndicatorTarget target = targets.find(row.indicator(), row.organisationId(), row.period(), row.startYear())
                .orElseGet(() -> targets.save(new IndicatorTarget(row.indicator(), row.organisationId(), row.period(),
                        row.startYear(), value)));
        target.change(value);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, Objects.requireNonNull(target.id()), OutcomesAccess.SCREEN);
    }
}
