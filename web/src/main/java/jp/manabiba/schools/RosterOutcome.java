package jp.manabiba.schools;

/** What importing a roster row does. */
public enum RosterOutcome {
    CREATE,
    UPDATE,
    UNCHANGED,
    /** A pupil who looks like an enrolled learner (name, reading, grade): linked only if the coordinator confirms. */
    PROPOSED_MATCH,
    /** A pupil who does not take part: not brought into Manabiba. */
    NOT_TAKING_PART,
    REJECTED
}
