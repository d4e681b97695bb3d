package jp.manabiba.outcomes;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
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

    @Transactional
    public List<DrillRow> rows(long organisation, String indicator, FiscalYear year) {
        access.requireCoordinatorOf(organisation);
        audit.record(AuditAction.READ, "organisation", organisation, "outcomes-" + indicator.toLowerCase(java.util.Locale.ROOT));
        return figures.query(indicator).filter(IndicatorQuery::drillsDown)
                .map(q -> q.drillDown(organisation, periods.fiscalYear(year).range())).orElse(List.of());
    }
}
