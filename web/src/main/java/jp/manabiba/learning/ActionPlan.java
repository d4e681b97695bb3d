package jp.manabiba.learning;

import java.time.LocalDate;

/** What the child plans to do in their community, with whom, and on which day. */
public record ActionPlan(String what, String withWhom, LocalDate on) {
}
