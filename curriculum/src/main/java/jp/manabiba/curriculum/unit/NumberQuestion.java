package jp.manabiba.curriculum.unit;

import java.math.BigDecimal;
import java.util.Objects;
import jp.manabiba.curriculum.text.AnswerRules;
import jp.manabiba.curriculum.text.JapaneseAnswers;
import org.jspecify.annotations.Nullable;

/**
 * A number, right within {@code tolerance} of {@code answer}. {@code unit} (empty when none) is shown beside the
 * field: a child may type it or not, but another unit is wrong ({@code 12m} for 12 cm).
 */
public record NumberQuestion(String id, String prompt, BigDecimal answer, BigDecimal tolerance, String unit)
        implements Question {

    public static final String KIND = "number";

    public NumberQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(unit, "unit");
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Typed as on paper: {@code １２．５}, {@code 12,5}, {@code 12.5kg}, {@code 12.5 ｋｇ} are the same answer. */
    @Override
    public Score score(@Nullable String rawAnswer) {
        if (rawAnswer == null) {
            return Score.UNANSWERED;
        }
        String typed = JapaneseAnswers.normalise(rawAnswer, AnswerRules.DEFAULT);
        if (typed.isEmpty()) {
            return Score.UNANSWERED;
        }
        var quantity = JapaneseAnswers.quantity(typed);
        if (quantity.isEmpty()) {
            return Score.WRONG;
        }
        String typedUnit = quantity.get().unit();
        if (!typedUnit.isEmpty() && !typedUnit.equals(JapaneseAnswers.normalise(unit, AnswerRules.DEFAULT))) {
            return Score.WRONG;
        }
        var distance = quantity.get().value().subtract(answer).abs();
        return distance.compareTo(tolerance) <= 0 ? Score.RIGHT : Score.WRONG;
    }
}
