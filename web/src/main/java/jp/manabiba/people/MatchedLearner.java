package jp.manabiba.people;

import org.jspecify.annotations.Nullable;

/**
 * What a tutor or volunteer sees of a learner they are matched with: never the household's circumstances or
 * the guardians' contacts.
 */
public record MatchedLearner(long id, String fullName, String kana, @Nullable Grade grade, @Nullable String school,
                             HomeLanguage homeLanguage, FuriganaPreference furigana) {
}
