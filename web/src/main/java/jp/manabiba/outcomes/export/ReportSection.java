package jp.manabiba.outcomes.export;

import java.util.List;

import jp.manabiba.outcomes.chart.Chart;
import org.jspecify.annotations.Nullable;

/**
 * One indicator in a report: what it counts and its figures by row (organisation, site, category or month).
 *
 * @param group         the indicator group (outcome) it belongs to, e.g. 担い手の育成; one Excel sheet per group
 * @param indicatorCode a stable code, e.g. SUPPORTERS_TRAINED
 * @param title         the indicator's name
 * @param definition    what is counted, from which records, over which period
 * @param unit          e.g. 人, 世帯, 回, 時間, %
 * @param rows          its figures
 * @param chart         a chart of the figures for the PDF, or null for a table only
 */
public record ReportSection(String group, String indicatorCode, String title, String definition, String unit,
                            List<ReportRow> rows, @Nullable Chart chart) {

    public ReportSection {
        rows = List.copyOf(rows);
    }
}
