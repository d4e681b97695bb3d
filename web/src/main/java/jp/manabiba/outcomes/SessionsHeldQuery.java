package jp.manabiba.outcomes;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import jp.manabiba.tutoring.SessionFigures;
import org.springframework.stereotype.Component;

/** Tutoring sessions held, with the sessions behind the count (titles and Tokyo start times, no child). */
@Component
class SessionsHeldQuery implements IndicatorQuery {

    private final SessionFigures sessions;
    private final TutoringDrills drills;

    SessionsHeldQuery(SessionFigures sessions, TutoringDrills drills) {
        this.sessions = sessions;
        this.drills = drills;
    }

    @Override
    public String code() {
        return "SESSIONS_HELD";
    }

    @Override
    public List<MonthlyCount> compute(MonthRange range, Collection<Long> organisations) {
        return sessions.held(organisations, range);
    }

    @Override
    public List<SiteFigure> bySite(MonthRange range, Collection<Long> organisations) {
        return sessions.heldPerSite(organisations, range).stream()
                .map(s -> new SiteFigure(s.siteId() == null ? null : s.site(),
                        new FigureValue(java.math.BigDecimal.valueOf(s.sessions()), false))).toList();
    }

    @Override
    public List<CategoryFigure> bySupporterCategory(MonthRange range, Collection<Long> organisations) {
        return CategoryFigure.listed(CategoryMeasure.SESSIONS, sessions.heldByCategory(organisations, range));
    }

    @Override
    public boolean drillsDown() {
        return true;
    }

    @Override
    public FirstRows<DrillRow> drillDown(long organisation, MonthRange range, Locale locale) {
        return drills.sessionsHeld(organisation, range, locale);
    }
}
