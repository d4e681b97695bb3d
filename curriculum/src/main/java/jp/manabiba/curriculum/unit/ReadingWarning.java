package jp.manabiba.curriculum.unit;

import java.util.Objects;
import jp.manabiba.curriculum.text.CheckedWord;
import jp.manabiba.curriculum.text.ReadingSignal;

/**
 * A word of a unit whose automatic reading an author should confirm: where it is ({@code place} is a lesson file
 * with the line and column in it, or {@code unit.yaml} with the activity and field), and the reading check's
 * word with its signals.
 */
public record ReadingWarning(String unitId, String place, int line, int column, CheckedWord word) {

    public ReadingWarning {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(word, "word");
    }

    /** The analyser does not know the word: children get no ruby on it at all. */
    public boolean isUnknownWord() {
        return word.signals().contains(ReadingSignal.UNKNOWN_WORD);
    }

    @Override
    public String toString() {
        return unitId + "/" + place + ":" + line + ":" + column + ": " + word.word() + " → "
                + (word.reading() == null ? "?" : word.reading()) + " "
                + word.signals().stream().map(Enum::name).sorted().toList();
    }
}
