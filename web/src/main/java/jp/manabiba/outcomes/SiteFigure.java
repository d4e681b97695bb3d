package jp.manabiba.outcomes;

import org.jspecify.annotations.Nullable;

/** One site's share of a figure for the fiscal year ({@code site} null: online, without a site). */
public record SiteFigure(@Nullable String site, FigureValue value) {
}
