package jp.manabiba.surveys;

/** A survey to choose (a POST survey's PRE, an organisation), by id and name. */
public record SurveyChoice(long id, String name) {
}
