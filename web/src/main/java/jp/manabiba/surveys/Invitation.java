package jp.manabiba.surveys;

import java.time.Instant;

import jp.manabiba.people.HomeLanguage;
import org.jspecify.annotations.Nullable;

/** Someone asked to answer a survey: an account, or a household through its link. */
record Invitation(long id, long surveyId, @Nullable Long accountId, @Nullable Long householdId,
                  @Nullable HomeLanguage language, @Nullable Instant expiresAt) {
}
