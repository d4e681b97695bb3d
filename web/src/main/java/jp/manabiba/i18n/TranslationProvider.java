package jp.manabiba.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text, from the bundles {@code i18n/messages_<lang>.properties} (UTF-8). A missing key shows
 * as {@code !key} and is logged; {@code TranslationBundlesTest} keeps the bundles complete.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final String BUNDLE = "i18n/messages_%s.properties";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    public TranslationProvider() {
        for (Language language : Language.values()) {
            bundles.put(language, load(language));
        }
    }

    /** The keys and texts of one language, as written in its bundle. */
    public static Properties load(Language language) {
        String path = BUNDLE.formatted(language.tag());
        try (InputStream in = TranslationProvider.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing translation bundle " + path);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale);
        String pattern = bundles.get(language).getProperty(key);
        if (pattern == null) {
            log.warn("No {} translation for key '{}'", language, key);
            return "!" + key;
        }
        // MessageFormat only when there are parameters, so that plain texts may use apostrophes freely.
        return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
    }
}
