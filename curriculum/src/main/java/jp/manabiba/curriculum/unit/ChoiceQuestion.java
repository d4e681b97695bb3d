package jp.manabiba.curriculum.unit;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Choose one of the choices, or with {@code multiple} all the right ones. {@code correct} holds 0-based indexes
 * into {@code choices}. The stored answer is the chosen indexes, comma-separated ({@code "1"}, {@code "0,2"}).
 */
public record ChoiceQuestion(String id, String prompt, List<String> choices, Set<Integer> correct, boolean multiple)
        implements Question {

    public static final String KIND = "choice";

    public ChoiceQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        choices = List.copyOf(choices);
        correct = Set.copyOf(correct);
        int count = choices.size();
        if (correct.isEmpty() || correct.stream().anyMatch(index -> index < 0 || index >= count)) {
            throw new IllegalArgumentException("correct indexes must be within the " + count + " choices: " + correct);
        }
        if (!multiple && correct.size() != 1) {
            throw new IllegalArgumentException("a single choice has exactly one correct index: " + correct);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<String> childTexts() {
        return Stream.concat(Stream.of(prompt), choices.stream()).toList();
    }

    /** Right when exactly the correct choices were chosen (for a single choice: the one). */
    public Score score(Collection<Integer> chosen) {
        if (chosen.isEmpty()) {
            return Score.UNANSWERED;
        }
        return new HashSet<>(chosen).equals(correct) ? Score.RIGHT : Score.WRONG;
    }

    /** {@code rawAnswer}: the chosen indexes, comma- or space-separated; full-width digits are read too. */
    @Override
    public Score score(@Nullable String rawAnswer) {
        if (rawAnswer == null || rawAnswer.isBlank()) {
            return Score.UNANSWERED;
        }
        var chosen = new HashSet<Integer>();
        for (String part : Normalizer.normalize(rawAnswer, Normalizer.Form.NFKC).split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,3}")) {
                return Score.WRONG;
            }
            chosen.add(Integer.parseInt(part));
        }
        return score(chosen);
    }
}
