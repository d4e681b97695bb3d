package jp.manabiba.surveys;

/** Where a survey is in its life, as of today in Asia/Tokyo. */
public enum SurveyState {
    DRAFT,
    SCHEDULED,
    OPEN,
    CLOSED;

    static SurveyState of(SurveyHeader survey, java.time.LocalDate today) {
        if (!survey.published() || survey.opensOn() == null || survey.closesOn() == null) {
            return DRAFT;
        }
        if (today.isBefore(survey.opensOn())) {
            return SCHEDULED;
        }
        return today.isAfter(survey.closesOn()) ? CLOSED : OPEN;
    }
}
