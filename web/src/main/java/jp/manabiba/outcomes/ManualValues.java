package jp.manabiba.outcomes;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures the platform cannot count (meals, partner organisations, meetings), typed by an organisation's
 * coordinator month by month. A correction is a new row; every row is kept with who entered it and when.
 */
@Service
@RolesAllowed(Roles.COORDINATOR)
public class ManualValues {

    static final String RECORD_TYPE = "indicator-value";

    private final OutcomesAccess access;
    private final ManualValueRepository values;
    private final IndicatorRepository indicators;
    private final Periods periods;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ManualValues(OutcomesAccess access, ManualValueRepository values, IndicatorRepository indicators, Periods periods,
                 CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.access = access;
        this.values = values;
        this.indicators = indicators;
        this.periods = periods;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The manual indicators, in the logic model's order. */
    @Transactional(readOnly = true)
    public List<IndicatorInfo> indicators() {
        return indicators.inOrder().stream().map(Indicator::info)
                .filter(i -> i.source() == IndicatorSource.MANUAL).toList();
    }

    /** The months a value may be entered for: the programme's, up to this month, newest first. */
    public List<YearMonth> months() {
        YearMonth first = periods.programme().range().first();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.now(clock); !m.isBefore(first); m = m.minusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Every row of one organisation's month for an indicator, the one in force first. */
    @Transactional(readOnly = true)
    public List<ManualValueRow> history(long organisation, String indicator, YearMonth month) {
        access.requireCoordinatorOf(organisation);
        List<ManualValueRow> rows = new ArrayList<>();
        for (ManualValue v : values.findByIndicatorCodeAndOrganisationIdAndMonthOrderByIdDesc(indicator, organisation,
                month.atDay(1))) {
            rows.add(new ManualValueRow(v.id(), v.indicatorCode(), YearMonth.from(v.month()), v.value(), v.note(),
                    v.enteredByName(), v.enteredAt(), rows.isEmpty()));
        }
        return rows;
    }

    @Transactional
    public long enter(long organisation, String indicator, YearMonth month, long value, @Nullable String note) {
        access.requireCoordinatorOf(organisation);
        if (indicators().stream().noneMatch(i -> i.code().equals(indicator))) {
            throw new InvalidInput("indicator", "outcomes.error.indicator");
        }
        YearMonth first = periods.programme().range().first();
        YearMonth now = YearMonth.now(clock);
        if (month.isBefore(first) || month.isAfter(now)) {
            throw new InvalidInput("month", "outcomes.error.month-range", first.toString(), now.toString());
        }
        if (value < 0 || value > ManualValue.VALUE_MAX) {
            throw new InvalidInput("value", "outcomes.error.value-range", "0", String.valueOf(ManualValue.VALUE_MAX));
        }
        String cleanNote = TextRules.optionalText("note", note, ManualValue.NOTE_MAX);
        AccountPrincipal user = currentUser.require();
        ManualValue saved = values.save(new ManualValue(indicator, organisation, month.atDay(1), value, cleanNote,
                user.recordingAccountId(), TextRules.fit(user.displayName(), ManualValue.NAME_MAX), clock.instant()));
        audit.record(AuditAction.CREATE, RECORD_TYPE, saved.id(), OutcomesAccess.SCREEN);
        return saved.id();
    }
}
