package jp.manabiba.curriculum.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Compares what a child typed with the accepted answers the way a teacher would mark it on paper: the same
 * answer typed on another keyboard, in full-width or half-width, with spaces, or with another dash for the long
 * vowel, is the same answer; a number is the same number whether typed {@code １２．５}, {@code 12,5} or with a
 * thousands comma, with its unit ({@code １２ｃｍ} = {@code 12 cm} = {@code 12㎝}).
 * <p>
 * Width, half-width katakana and unit symbols are the JDK's NFKC; hiragana/katakana is ICU's transliterator.
 */
public final class JapaneseAnswers {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");
    /** A dash typed for the long vowel: hyphen-minus, hyphens, dashes, minus sign, after a kana. */
    private static final Pattern DASH_AFTER_KANA =
            Pattern.compile("(?<=[\\p{IsHiragana}\\p{IsKatakana}])[-‐‑‒–—―−ｰ~〜～]");
    private static final Pattern NUMBER_AND_UNIT =
            Pattern.compile("([+-]?)(\\d[\\d,]*(?:\\.\\d+)?)(\\D.*)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");

    private JapaneseAnswers() {
    }

    /** A number typed with its unit (empty when none), e.g. 12.5 and "cm". */
    public record Quantity(BigDecimal value, String unit) {
    }

    /** True when {@code typed} is one of the {@code accepted} answers under the rules. Nothing typed never is. */
    public static boolean matches(@Nullable String typed, Collection<String> accepted, AnswerRules rules) {
        Objects.requireNonNull(accepted, "accepted answers must not be null");
        Objects.requireNonNull(rules, "answer rules must not be null");
        if (typed == null) {
            return false;
        }
        String answer = normalise(typed, rules);
        if (answer.isEmpty()) {
            return false;
        }
        var quantity = quantity(answer);
        for (String candidate : accepted) {
            String expected = normalise(candidate, rules);
            if (expected.equals(answer)) {
                return true;
            }
            var expectedQuantity = quantity(expected);
            if (quantity.isPresent() && expectedQuantity.isPresent()
                    && quantity.get().value().compareTo(expectedQuantity.get().value()) == 0
                    && quantity.get().unit().equals(expectedQuantity.get().unit())) {
                return true;
            }
        }
        return false;
    }

    public static boolean matches(@Nullable String typed, Collection<String> accepted) {
        return matches(typed, accepted, AnswerRules.DEFAULT);
    }

    /** The comparable form: NFKC, no spaces, ー for a dash after kana, optionally hiragana and lower case. */
    public static String normalise(String typed, AnswerRules rules) {
        String text = Normalizer.normalize(TextCleaning.clean(typed), Normalizer.Form.NFKC);
        text = SPACES.matcher(text).replaceAll("");
        text = DASH_AFTER_KANA.matcher(text).replaceAll("ー");
        if (rules.hiraganaEqualsKatakana()) {
            text = Kana.toHiragana(text);
        }
        if (rules.latinIgnoresCase()) {
            text = text.toLowerCase(Locale.ROOT);
        }
        return text;
    }

    /**
     * The number in a normalised answer: {@code 1,234} is one thousand two hundred thirty-four (commas every three
     * digits), {@code 12,5} twelve and a half (any other single comma is a decimal comma).
     */
    public static Optional<Quantity> quantity(String normalised) {
        var matcher = NUMBER_AND_UNIT.matcher(normalised);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(2);
        if (digits.endsWith(",")) {
            return Optional.empty();
        }
        if (digits.contains(",")) {
            if (THOUSANDS.matcher(digits).matches()) {
                digits = digits.replace(",", "");
            } else if (DECIMAL_COMMA.matcher(digits).matches()) {
                digits = digits.replace(',', '.');
            } else {
                return Optional.empty();
            }
        }
        String unit = matcher.group(3) == null ? "" : matcher.group(3);
        return Optional.of(new Quantity(new BigDecimal(matcher.group(1) + digits), unit));
    }
}
