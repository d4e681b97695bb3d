package jp.manabiba.curriculum.text;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A line of the reading check: a word that got automatic ruby (or would need it but has no known reading), where
 * it starts in the text (UTF-16 index, after control characters were dropped), the reading given and the signals worth a look.
 */
public record CheckedWord(int offset, String word, @Nullable String reading, Set<ReadingSignal> signals) {

    public CheckedWord {
        signals = Set.copyOf(signals);
    }

    public boolean needsAttention() {
        return signals.contains(ReadingSignal.UNKNOWN_WORD) || signals.contains(ReadingSignal.SEVERAL_READINGS);
    }

    /** One line for the author: offset, word, reading and signals, tab-separated. */
    public String line() {
        return offset + "\t" + word + "\t" + (reading == null ? "?" : reading) + "\t"
                + signals.stream().map(Enum::name).sorted().reduce((a, b) -> a + "," + b).orElse("");
    }
}
