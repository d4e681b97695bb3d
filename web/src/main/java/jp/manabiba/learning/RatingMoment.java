package jp.manabiba.learning;

/** When a child rates themselves on a unit's abilities: before its first lesson and after its last. */
public enum RatingMoment {
    START,
    END
}
