package jp.manabiba.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jp.manabiba.i18n.Language;
import jp.manabiba.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * The audit log's codes (kinds of record, screens, actions) in the reader's language, on screen and in the CSV.
 * The log stores codes so that it reads the same in any language; a code without a translation (a test's own
 * screen, say) shows as itself rather than hiding what was recorded.
 */
@Component
public class AuditTexts {

    /** The kinds of record the application writes to the log, for the filter. */
    public static final List<String> RECORD_TYPES = List.of("household", "learner", "supporter", "roster",
            "account", "organisation", "match", "session", "attendance", "school", "assignment", "submission",
            "unit-assignment", "supporter-training", "training-workshop", "training-certificate", "training-module",
            "training-track", "completion-certificate", "training-target", "survey", "research-export", "research-field",
            "indicator-target", "indicator-value");

    private final TranslationProvider translations;
    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    AuditTexts(TranslationProvider translations) {
        this.translations = translations;
        for (Language language : Language.values()) {
            bundles.put(language, TranslationProvider.load(language));
        }
    }

    public String action(AuditAction action, Locale locale) {
        return translations.getTranslation("audit.action." + action.name(), locale);
    }

    public String recordType(String code, Locale locale) {
        return orCode("audit.record-type." + code, code, locale);
    }

    /** Who acted: a user's name as it is, the application's own jobs (stored as "system") in words. */
    public String actor(String username, Locale locale) {
        return orCode("audit.actor." + username, username, locale);
    }

    public String screen(String code, Locale locale) {
        return orCode("audit.screen." + code, code, locale);
    }

    public String header(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

    private String orCode(String key, String code, Locale locale) {
        return bundles.get(Language.of(locale)).getProperty(key, code);
    }
}
