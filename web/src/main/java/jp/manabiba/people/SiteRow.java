package jp.manabiba.people;

/** One site of the network, as a list shows it. */
public record SiteRow(String organisation, String site, SiteKind kind) {
}
