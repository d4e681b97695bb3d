package jp.manabiba.surveys;

import java.time.LocalDate;

/** A survey the signed-in respondent is asked to answer, open today. */
public record OpenSurvey(long id, String title, boolean anonymous, LocalDate closesOn) {
}
