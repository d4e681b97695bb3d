/**
 * Outcomes (issue 13): the programme's logic model as indicators (definition, unit, source) against targets per
 * organisation or network and period, counted from the other features' records through their public figure
 * services ({@link jp.manabiba.outcomes.IndicatorQuery}, one per computed indicator) or typed month by month
 * (manual values). Figures leave an organisation only through {@link jp.manabiba.outcomes.SmallCells}; who may
 * see, set and drill down is {@link jp.manabiba.outcomes.OutcomesAccess}. docs/outcomes.md.
 */
@NullMarked
package jp.manabiba.outcomes;

import org.jspecify.annotations.NullMarked;
