package jp.manabiba.people;

/** What a household's consent is for. A purpose without current consent is not done. */
public enum ConsentPurpose {
    LEARNING_SUPPORT,
    SHARE_WITH_SCHOOL,
    RESEARCH,
    PHOTOS,
    /**
     * The school teacher may read the child's own words in learning (their written reflections). Asked apart from
     * {@link #SHARE_WITH_SCHOOL}, which lets the teacher see only that the child takes part and numbers.
     */
    SHARE_LEARNING_RECORDS
}
