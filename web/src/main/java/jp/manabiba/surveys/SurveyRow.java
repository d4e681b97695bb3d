package jp.manabiba.surveys;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A survey in the coordinators' list, with its response rate so far. */
public record SurveyRow(long id, String title, Audience audience, boolean anonymous, @Nullable PairRole pairRole,
                        SurveyState state, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn, int invited,
                        int answered) {
}
