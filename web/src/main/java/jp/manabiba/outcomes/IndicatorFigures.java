package jp.manabiba.outcomes;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.manabiba.base.MonthRange;
import org.springframework.stereotype.Component;

/** Counts an indicator over a period: its query bean, or the manual values; nothing yet for a query not written. */
@Component
class IndicatorFigures {

    private final Map<String, IndicatorQuery> queries;
    private final ManualFigures manual;

    IndicatorFigures(Collection<IndicatorQuery> queries, ManualFigures manual) {
        this.queries = queries.stream().collect(Collectors.toMap(IndicatorQuery::code, Function.identity()));
        this.manual = manual;
    }

    boolean counted(IndicatorInfo indicator) {
        return indicator.source() == IndicatorSource.MANUAL || queries.containsKey(indicator.code());
    }

    Optional<IndicatorQuery> query(String code) {
        return Optional.ofNullable(queries.get(code));
    }

    Optional<Figures> figures(IndicatorInfo indicator, MonthRange range, Collection<Long> organisations) {
        if (indicator.source() == IndicatorSource.MANUAL) {
            return Optional.of(Figures.of(manual.compute(indicator, range, organisations)));
        }
        return query(indicator.code()).map(q -> Figures.of(q.compute(range, organisations)));
    }
}
