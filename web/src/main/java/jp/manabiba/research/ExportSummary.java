package jp.manabiba.research;

import java.time.Instant;

/** A past export as the screen lists it: when, by whom, which year and format, how many children, which reviewed fields. */
public record ExportSummary(Instant at, String exporter, int fiscalYear, ExportFormat format, int children, String fields) {
}
