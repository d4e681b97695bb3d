package jp.manabiba.training;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The lines of one supporter's training history, as the coordinator's record page lists them. */
public final class HistoryLines {

    private HistoryLines() {
    }

    /** A completion: when, how, until when it counts, and who recorded it (null: the supporter's own quiz). */
    public record CompletionLine(LocalDate completedOn, ModuleTitle module, CompletionMethod method,
                                 @Nullable LocalDate expiresOn, @Nullable String recordedBy, @Nullable String note) {
    }

    public record QuizAttemptLine(Instant submittedAt, ModuleTitle module, int score, int outOf, boolean passed) {
    }

    /** @param state BOOKED, WAITING, CANCELLED, ATTENDED or ABSENT (V024's check) */
    public record SignupLine(Instant startsAt, String workshop, String place, String state) {
    }

    /** @param state SUBMITTED, APPROVED or REFUSED (V024's check) */
    public record CertificateLine(Instant submittedAt, ModuleTitle module, LocalDate completedOn, String state,
                                  @Nullable String reason) {
    }

    /** A module a coordinator may record as completed. */
    public record ModuleOption(long id, ModuleTitle title) {
    }
}
