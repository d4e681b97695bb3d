package jp.manabiba.training;

/** What a module is for in a track. */
public enum Requirement {
    /** Needed before working with children: the supporter is "ready" when every one of these is valid. */
    BEFORE_CHILDREN,
    /** Needed, with the ones above, to count as "trained" for the programme's targets. */
    REQUIRED,
    OPTIONAL;

    public boolean countsForTrained() {
        return this != OPTIONAL;
    }
}
