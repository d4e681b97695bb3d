/**
 * The outcome charts' own small model (progress to target, bars by category, monthly trends) and its two renderers:
 * SVG for the screen and PDFBox for the printed report, both drawing the same {@link ChartLayout}. A figure that small-cell
 * suppression hides is a {@link Figure.Suppressed} that carries no number at all, so no renderer can leak it: it shows
 * as "&lt;5" and draws no bar. Chart libraries were weighed in docs/outcomes.md; our own is a few hundred lines.
 */
@NullMarked
package jp.manabiba.outcomes.chart;

import org.jspecify.annotations.NullMarked;
