package jp.manabiba.people;

/** A site to choose for a session. */
public record SiteOption(long id, long organisationId, String name) {
}
