package jp.manabiba.people;

/** The size of the text on a child's screens: the normal large-for-children size, or larger still. */
public enum TextSize {
    NORMAL,
    LARGE
}
