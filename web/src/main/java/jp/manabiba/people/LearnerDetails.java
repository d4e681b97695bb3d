package jp.manabiba.people;
import jp.manabiba.schools.Grade;
import org.jspecify.annotations.Nullable;

/** What a coordinator enters about a learner. */
public record LearnerDetails(String familyName, String givenName, String familyNameKana, String givenNameKana,
                             @Nullable Long schoolId, @Nullable Grade grade, @Nullable String homeClass,
                             FuriganaPreference furigana) {
}
