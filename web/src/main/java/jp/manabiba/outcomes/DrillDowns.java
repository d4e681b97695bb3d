package jp.manabiba.outcomes;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.base.FirstRows;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind one organisation's figure for a fiscal year, so that its coordinator can check a count: for
 * the coordinators of that organisation only (administrators and network views see counts). Each look is audited,
 * and the feature that keeps the records audits each record shown.
 */
@Service
@RolesAllowed(Roles.COORDINATOR)
public class DrillDowns {

    private final OutcomesAccess access;
    private final IndicatorFigures figures;
    private final Periods periods;
    private final AuditLog audit;

    DrillDowns(OutcomesAccess access, IndicatorFigures figures, Periods periods, AuditLog audit) {
        this.access = access;
        this.figures = figures;
        this.periods = periods;
        this.audit = audit;
    }

    /** The first {@link FirstRows#LIMIT} records and how many there are; none for an indicator without a drill-down. */
    @Transactional
    public FirstRows<DrillRow> rows(long organisation, String indicator, FiscalYear year, Locale locale) {
        access.requireCoordinatorOf(organisation);
        audit.record(AuditAction.READ, "organisation", organisation, "outcomes-" + indicator.toLowerCase(Locale.ROOT));
        return figures.query(indicator).filter(IndicatorQuery::drillsDown)
                .map(q -> q.drillDown(organisation, periods.fiscalYear(year).range(), locale))
                .orElseGet(FirstRows::none);
    }
}
