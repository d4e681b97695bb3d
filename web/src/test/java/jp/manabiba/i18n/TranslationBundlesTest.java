package jp.manabiba.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.manabiba.audit.AuditAction;
import jp.manabiba.people.Circumstance;
import jp.manabiba.people.ConsentMethod;
import jp.manabiba.people.ConsentPurpose;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.schools.Grade;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.people.HouseholdStatus;
import jp.manabiba.people.SiteKind;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.security.IdentityProvider;
import jp.manabiba.security.OidcRefusal;
import jp.manabiba.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language has every text, and every key the code names exists. */
class TranslationBundlesTest {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9-]+)+)\"");

    @Test
    void every_language_has_the_same_keys() {
        Set<String> japanese = keys(Language.JA);
        for (Language language : Language.values()) {
            assertThat(keys(language)).as("keys of %s", language).containsExactlyInAnyOrderElementsOf(japanese);
        }
    }

    @Test
    void no_text_is_left_empty() {
        for (Language language : Language.values()) {
            Properties bundle = TranslationProvider.load(language);
            assertThat(bundle.stringPropertyNames()).as("empty texts of %s", language)
                    .allMatch(key -> !bundle.getProperty(key).isBlank());
        }
    }

    @Test
    void every_key_written_in_the_code_exists() throws IOException {
        Set<String> keys = keys(Language.JA);
        Set<String> roots = keys.stream().map(key -> key.substring(0, key.indexOf('.'))).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher literal = STRING_LITERAL.matcher(Files.readString(source));
                while (literal.find()) {
                    String candidate = literal.group(1);
                    if (roots.contains(candidate.substring(0, candidate.indexOf('.')))) {
                        used.add(candidate);
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void keys_built_from_enums_exist() {
        Set<String> expected = new HashSet<>();
        Stream.of(Role.values()).forEach(role -> expected.add("role." + role.name()));
        Stream.of(SiteKind.values()).forEach(kind -> expected.add("site.kind." + kind.name()));
        Stream.of(OidcRefusal.values()).forEach(refusal -> expected.add(refusal.messageKey()));
        Stream.of(IdentityProvider.values()).forEach(provider -> expected.add("login.with." + provider.registrationId()));
        Stream.of(Language.values()).forEach(language -> expected.add("language." + language.tag()));
        enumKeys(expected, "home-language.", HomeLanguage.values());
        enumKeys(expected, "circumstance.", Circumstance.values());
        enumKeys(expected, "consent.purpose.", ConsentPurpose.values());
        enumKeys(expected, "consent.method.", ConsentMethod.values());
        enumKeys(expected, "grade.", Grade.values());
        enumKeys(expected, "furigana.", FuriganaPreference.values());
        enumKeys(expected, "supporter.category.", SupporterCategory.values());
        enumKeys(expected, "household.status.", HouseholdStatus.values());
        enumKeys(expected, "audit.action.", AuditAction.values());
        enumKeys(expected, "assignment.state.", jp.manabiba.assignments.SubmissionState.values());

        assertThat(keys(Language.JA)).containsAll(expected);
    }

    private static void enumKeys(Set<String> into, String prefix, Enum<?>[] values) {
        Stream.of(values).forEach(value -> into.add(prefix + value.name()));
    }

    private static Set<String> keys(Language language) {
        return TranslationProvider.load(language).stringPropertyNames();
    }
}
