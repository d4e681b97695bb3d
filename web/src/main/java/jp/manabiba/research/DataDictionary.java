package jp.manabiba.research;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.schools.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * The sheets that explain an export, in the reader's language: "about" (what, which year, how the pseudonyms are
 * made, who is in it) and "dictionary" (every column of every table: its type and meaning).
 */
@Component
class DataDictionary {

    private final TranslationProvider translations;

    DataDictionary(TranslationProvider translations) {
        this.translations = translations;
    }

    ResearchTable about(String organisation, FiscalYear year, int children, Set<ResearchField> reviewed, Instant at,
                        Locale locale) {
        String fields = reviewed.isEmpty() ? t("research.about.none", locale)
                : reviewed.stream().sorted().map(f -> t("research.field." + f.name(), locale)).collect(Collectors.joining(", "));
        List<List<Object>> rows = List.of(
                List.of(t("research.about.organisation", locale), organisation),
                List.of(t("research.about.fiscal-year", locale), t("research.about.fiscal-year-value", locale,
                        String.valueOf(year.year()), year.firstDay().toString(), year.lastDay().toString())),
                List.of(t("research.about.exported-at", locale),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(ProgrammeZone.TOKYO).withNano(0))),
                List.of(t("research.about.children", locale), children),
                List.of(t("research.about.consent", locale), t("research.about.consent-rule", locale)),
                List.of(t("research.about.pseudonym", locale), t("research.about.pseudonym-rule", locale, ResearchKey.PSEUDONYM_LENGTH)),
                List.of(t("research.about.reviewed", locale), fields),
                List.of(t("research.about.left-out", locale), t("research.about.left-out-rule", locale)));
        return new ResearchTable("about", List.of(ResearchTable.text("item"), ResearchTable.text("value")), rows);
    }

    ResearchTable dictionary(List<ResearchTable> tables, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (ResearchTable table : tables) {
            rows.add(List.of(table.name(), "", "", t("research.table." + table.name(), locale)));
            for (ResearchTable.Column column : table.columns()) {
                rows.add(List.of(table.name(), column.code(), column.type(), t(column.descriptionKey(), locale)));
            }
        }
        return new ResearchTable("dictionary", List.of(ResearchTable.text("sheet"), ResearchTable.text("column"),
                ResearchTable.text("type"), ResearchTable.text("description")), rows);
    }

    private String t(String key, Locale locale, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
