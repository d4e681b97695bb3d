package jp.manabiba.learning;

import java.time.LocalDate;

/** What the child plans to do in their community, with whom, and on which day. */
public record ActionPlan(String what, String withWhom, LocalDate on) {

    /** The columns' lengths, for the form and the service alike. */
    public static final int WHAT_MAX = 400;
    public static final int WITH_WHOM_MAX = 200;
}
