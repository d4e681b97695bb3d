package jp.manabiba.outcomes;

import java.util.Locale;

/** An indicator's definition, for the screen to show next to its figure. */
public record IndicatorInfo(String code, String outcome, int position, String titleJa, String titleEn,
                            String definitionJa, String definitionEn, IndicatorUnit unit, IndicatorSource source,
                            boolean childCount, Aggregation aggregation) {

    public String title(Locale locale) {
        return japanese(locale) ? titleJa : titleEn;
    }

    public String definition(Locale locale) {
        return japanese(locale) ? definitionJa : definitionEn;
    }

    private static boolean japanese(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }
}
