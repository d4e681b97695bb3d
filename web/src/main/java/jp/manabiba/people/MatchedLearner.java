package jp.manabiba.people;

import java.util.List;

import jp.manabiba.schools.Grade;
import org.jspecify.annotations.Nullable;

/**
 * What a tutor or volunteer sees of a learner they are matched with: never the household's circumstances or
 * the guardians' contacts; only the notes a coordinator chose to share with them.
 */
public record MatchedLearner(long id, String fullName, String kana, @Nullable Grade grade, @Nullable String school,
                             HomeLanguage homeLanguage, FuriganaPreference furigana,
                             List<String> sharedNotes) {
}
