package jp.manabiba.outcomes;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jp.manabiba.base.MonthRange;
import org.springframework.stereotype.Component;

/** Counts an indicator over a period: its query bean, or the manual values; nothing yet for a query not written. */
@Component
class IndicatorFigures {

    private final Map<String, IndicatorQuery> queries;
    private final ManualFigures manual;
    private final NetworkFigures network;

    IndicatorFigures(Collection<IndicatorQuery> queries, ManualFigures manual, NetworkFigures network) {
        this.queries = queries.stream().collect(Collectors.toMap(IndicatorQuery::code, Function.identity()));
        this.manual = manual;
        this.network = network;
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

    /** A counted indicator's figures for a card's scope: the network's as kept by {@link NetworkFigures}. */
    Figures figures(IndicatorInfo indicator, MonthRange range, OutcomesAccess.Scope scope) {
        if (indicator.source() == IndicatorSource.MANUAL) {
            return figures(indicator, range, scope.organisations()).orElseThrow();
        }
        return inScope(scope, "figures", indicator.code(), range,
                () -> figures(indicator, range, scope.organisations()).orElseThrow());
    }

    /** What {@code count} answers for the scope: counted now for an organisation, kept counted for the network. */
    <T> T inScope(OutcomesAccess.Scope scope, String what, String code, MonthRange range, Supplier<T> count) {
        if (scope.organisation() != null) {
            return count.get();
        }
        return network.get(new NetworkFigures.Key(what, code, range, List.copyOf(scope.organisations())), count);
    }
}
