package jp.manabiba.outcomes;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import jp.manabiba.people.HouseholdFigures;
import org.springframework.stereotype.Component;

/** Households given learning support: people's own count (HouseholdOutcomes' rule), with the households behind it. */
@Component
class HouseholdsSupportedQuery implements IndicatorQuery {

    static final String CODE = "HOUSEHOLDS_SUPPORTED";

    private final HouseholdFigures households;

    HouseholdsSupportedQuery(HouseholdFigures households) {
        this.households = households;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<MonthlyCount> compute(MonthRange range, Collection<Long> organisations) {
        return households.supported(organisations, range);
    }

    @Override
    public boolean drillsDown() {
        return true;
    }

    @Override
    public FirstRows<DrillRow> drillDown(long organisation, MonthRange range, Locale locale) {
        return FirstRows.of(households.supportedIn(organisation, range).stream()
                .map(h -> new DrillRow(h.id(), h.familyName(),
                        h.supportStarted() + " – " + (h.supportEnded() == null ? "" : h.supportEnded()))).toList());
    }
}
