package jp.manabiba.outcomes.export;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A report as every format writes it: all texts already translated, all figures already suppressed where the
 * small-cell rule says so.
 *
 * @param title            e.g. 令和8年度 学びの支援 成果報告
 * @param organisations    the organisations the figures cover (one, or the network's members)
 * @param period           the period in words, e.g. 2026年4月1日〜2027年3月31日
 * @param generatedAt      when the figures were computed (Asia/Tokyo)
 * @param sections         one per indicator, in the order to print
 * @param methodNotes      how the figures are counted, one paragraph each
 * @param suppressionNotes what "&lt;5" means and how totals were protected, one paragraph each
 */
public record ReportModel(String title, List<String> organisations, String period, ZonedDateTime generatedAt,
                          List<ReportSection> sections, List<String> methodNotes, List<String> suppressionNotes) {

    static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    public ReportModel {
        Objects.requireNonNull(generatedAt);
        organisations = List.copyOf(organisations);
        sections = List.copyOf(sections);
        methodNotes = List.copyOf(methodNotes);
        suppressionNotes = List.copyOf(suppressionNotes);
    }

    /** The sections by group, groups in the order they first appear: one Excel sheet each. */
    public Map<String, List<ReportSection>> groups() {
        Map<String, List<ReportSection>> groups = new LinkedHashMap<>();
        sections.forEach(section -> groups.computeIfAbsent(section.group(), group -> new java.util.ArrayList<>()).add(section));
        return groups;
    }

    String generatedAtText() {
        return GENERATED_AT.format(generatedAt);
    }
}
