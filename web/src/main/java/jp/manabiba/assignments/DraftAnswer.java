package jp.manabiba.assignments;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What the child has typed or chosen for one question: text (also a number as typed) or choices. */
public record DraftAnswer(@Nullable String text, Set<Long> choiceIds) {

    public static DraftAnswer text(@Nullable String text) {
        return new DraftAnswer(text, Set.of());
    }

    public static DraftAnswer choices(Long... choiceIds) {
        return new DraftAnswer(null, Set.of(choiceIds));
    }
}
