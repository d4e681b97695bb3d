package jp.manabiba.curriculum.unit;

import java.util.Objects;
import jp.manabiba.curriculum.text.CheckedWord;
import jp.manabiba.curriculum.text.ReadingSignal;
import org.jspecify.annotations.Nullable;

/**
 * A word of a unit whose automatic reading an author should confirm, and where it is: in a lesson file
 * ({@code field} null; line and column in the file), or in a text of unit.yaml ({@code field} names it, e.g.
 * {@code activity quiz-1}; line and column within that text).
 */
public record ReadingWarning(String unitId, String file, @Nullable String field, int line, int column,
        CheckedWord word) {

    public ReadingWarning {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(word, "word");
    }

    /** The analyser does not know the word: children get no ruby on it at all. */
    public boolean isUnknownWord() {
        return word.signals().contains(ReadingSignal.UNKNOWN_WORD);
    }

    /** {@code unit/01-x.md:3:10: 彁 → ? [UNKNOWN_WORD]}, or for unit.yaml {@code unit/unit.yaml (activity quiz-1, 1:4): …}. */
    @Override
    public String toString() {
        String where = field == null ? unitId + "/" + file + ":" + line + ":" + column
                : unitId + "/" + file + " (" + field + ", " + line + ":" + column + ")";
        return where + ": " + word.word() + " → " + (word.reading() == null ? "?" : word.reading()) + " "
                + word.signals().stream().map(Enum::name).sorted().toList();
    }
}
