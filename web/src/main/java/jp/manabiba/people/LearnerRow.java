package jp.manabiba.people;

import jp.manabiba.schools.Grade;
import org.jspecify.annotations.Nullable;

/** A learner as lists show it. */
public record LearnerRow(long id, String familyName, String givenName, String familyNameKana, String givenNameKana,
                         @Nullable String school, @Nullable Grade grade, @Nullable String homeClass,
                         FuriganaPreference furigana, boolean hasAccount) {

    public String fullName() {
        return familyName + " " + givenName;
    }
}
