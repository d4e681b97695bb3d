package jp.manabiba.people;

/** What a household's consent is for. A purpose without current consent is not done. */
public enum ConsentPurpose {
    LEARNING_SUPPORT,
    SHARE_WITH_SCHOOL,
    RESEARCH,
    PHOTOS
}
