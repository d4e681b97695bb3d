package jp.manabiba.tutoring;

/** A session series to choose (to give it work), with its organisation and title. */
public record SeriesOption(long id, long organisationId, String title) {
}
