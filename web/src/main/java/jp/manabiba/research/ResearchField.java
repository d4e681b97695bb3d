package jp.manabiba.research;

/**
 * A field that could point to a child (their school class, their school district) or holds a child's own words
 * (reflections). Left out of every research export until a coordinator of the organisation has reviewed it. Names,
 * kana, contacts, addresses and dates of birth are not fields at all: no export can hold them.
 */
public enum ResearchField {
    HOME_CLASS,
    SCHOOL_DISTRICT,
    REFLECTIONS
}
