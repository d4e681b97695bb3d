/**
 * Outcome reports as files for the city office, funders and researchers: one neutral {@link ReportModel} (figures
 * already suppressed where they count fewer than five children or households) written as Excel, CSV (UTF-8 with a
 * BOM) or a Japanese PDF with charts. The writers only lay out what they are given; the outcomes feature builds the
 * model, applies its small-cell policy and audits each export.
 */
@NullMarked
package jp.manabiba.outcomes.export;

import org.jspecify.annotations.NullMarked;
