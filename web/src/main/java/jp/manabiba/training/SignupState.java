package jp.manabiba.training;

/** Where a supporter stands for one workshop. */
public enum SignupState {
    /** Holds a seat. */
    BOOKED,
    /** On the waiting list, in order of signing up; moves up when a seat frees. */
    WAITING,
    CANCELLED,
    ATTENDED,
    ABSENT;

    /** Takes a seat: booked, or already marked (attended or absent). */
    boolean holdsSeat() {
        return this == BOOKED || this == ATTENDED || this == ABSENT;
    }
}
