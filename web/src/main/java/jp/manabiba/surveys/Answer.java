package jp.manabiba.surveys;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One answer: {@code choice} for a Likert step (1-5) or a single choice (option 1..n), {@code choices} for a
 * multiple choice, {@code text} for free text. An empty answer has none of them.
 */
public record Answer(@Nullable Integer choice, Set<Integer> choices, @Nullable String text) {

    public Answer {
        choices = Set.copyOf(choices);
    }

    public static Answer choice(int choice) {
        return new Answer(choice, Set.of(), null);
    }

    public static Answer choices(Set<Integer> choices) {
        return new Answer(null, choices, null);
    }

    public static Answer text(String text) {
        return new Answer(null, Set.of(), text);
    }

    public boolean empty() {
        return choice == null && choices.isEmpty() && (text == null || text.isBlank());
    }
}
