package jp.manabiba.training;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An uploaded certificate as the lists show it, without its bytes ({@link #fileUrl()} serves them, checked). */
public record CertificateRow(long id, long supporterId, String supporterName, String moduleTitle,
                             LocalDate completedOn, String fileName, CertificateState state, @Nullable String reason,
                             Instant submittedAt) {

    public static final String FILE_PATH = "/files/training-certificates/";

    public String fileUrl() {
        return FILE_PATH + id;
    }
}
