package jp.manabiba.training;

import java.util.List;

/** One workshop for its coordinator: the sign-ups in order, and whether attendance may be taken yet. */
public record WorkshopDetail(WorkshopRow workshop, List<SignupRow> signups, boolean started) {
}
