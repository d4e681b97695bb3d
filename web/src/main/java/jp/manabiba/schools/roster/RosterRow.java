package jp.manabiba.schools.roster;

/** What every row of a roster file has: its id, where it is, and whether the export asks to delete it. */
public sealed interface RosterRow permits RosterOrg, RosterAcademicSession, RosterClass, RosterUser, RosterEnrollment {

    /** The id the school system gives the row; other files refer to it. */
    String sourcedId();

    /** The 1-based line of the row in its file (the header is line 1), so that a preview can point at it. */
    int line();

    /**
     * {@code status} = tobedeleted: the school system says the row is gone (delta exports). Such rows are read like
     * the others; what to do with them is the apply step's decision.
     */
    boolean toBeDeleted();
}
