package jp.manabiba.surveys;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A survey's settings as stored; {@code version} is the row's optimistic-lock counter. */
record SurveyHeader(long id, long organisationId, String title, Audience audience, boolean anonymous,
                    @Nullable PairRole pairRole, @Nullable Long pairedWithId, @Nullable LocalDate opensOn,
                    @Nullable LocalDate closesOn, @Nullable Instant publishedAt, long version) {

    boolean published() {
        return publishedAt != null;
    }

    /** Open for answers on this (Asia/Tokyo) day. */
    boolean openOn(LocalDate day) {
        return published() && opensOn != null && closesOn != null && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
