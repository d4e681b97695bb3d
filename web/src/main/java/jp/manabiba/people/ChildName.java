package jp.manabiba.people;

/** A child's name as recorded, with its kana (empty when the coordinator gave none), for the child's own screens. */
public record ChildName(String familyName, String givenName, String familyNameKana, String givenNameKana) {
}
