package jp.manabiba.surveys;

import jp.manabiba.people.HomeLanguage;

/** A household's link to print or send: {@code path} is {@code survey/<token>}, shown only when it is made. */
public record GuardianLink(long householdId, String familyName, HomeLanguage language, String path) {
}
