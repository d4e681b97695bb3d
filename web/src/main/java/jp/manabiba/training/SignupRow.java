package jp.manabiba.training;

/** A sign-up on the coordinator's workshop page; {@code waitingPosition} is 1 for the first waiting, else 0. */
public record SignupRow(long signupId, long supporterId, String name, SignupState state, int waitingPosition) {
}
