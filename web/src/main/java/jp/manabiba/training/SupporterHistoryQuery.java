package jp.manabiba.training;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jp.manabiba.training.HistoryLines.CertificateLine;
import jp.manabiba.training.HistoryLines.CompletionLine;
import jp.manabiba.training.HistoryLines.QuizAttemptLine;
import jp.manabiba.training.HistoryLines.SignupLine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads one supporter's history straight from V024's tables, newest first, read-only: quiz attempts, workshop
 * sign-ups and certificates are written by their own features; this page only shows them. Instants are read as
 * the UTC text they are stored as (hibernate.jdbc.time_zone=UTC), so the server's zone plays no part.
 */
@Component
class SupporterHistoryQuery {

    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String UTC_TEXT = "DATE_FORMAT(%s, '%%Y-%%m-%%d %%H:%%i:%%s')";

    private final EntityManager entityManager;

    SupporterHistoryQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<CompletionLine> completions(long supporterId) {
        return rows("""
                SELECT c.completed_on, m.title, m.title_en, c.method, c.expires_on, a.display_name, c.note
                FROM training_completion c JOIN training_module m ON m.id = c.module_id
                LEFT JOIN account a ON a.id = c.recorded_by
                WHERE c.supporter_id = :id ORDER BY c.completed_on DESC, c.id DESC""", supporterId,
                r -> new CompletionLine(date(r[0]), title(r[1], r[2]), CompletionMethod.valueOf((String) r[3]),
                        nullableDate(r[4]), (String) r[5], (String) r[6]));
    }

    List<QuizAttemptLine> quizAttempts(long supporterId) {
        return rows("SELECT " + UTC_TEXT.formatted("q.submitted_at") + """
                , m.title, m.title_en, q.score, q.out_of, q.passed
                FROM training_quiz_attempt q JOIN training_module m ON m.id = q.module_id
                WHERE q.supporter_id = :id ORDER BY q.submitted_at DESC, q.id DESC""", supporterId,
                r -> new QuizAttemptLine(instant(r[0]), title(r[1], r[2]), ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue(), flag(r[5])));
    }

    List<SignupLine> signups(long supporterId) {
        return rows("SELECT " + UTC_TEXT.formatted("w.starts_at") + """
                , w.title, w.place, s.state
                FROM training_signup s JOIN training_workshop w ON w.id = s.workshop_id
                WHERE s.supporter_id = :id ORDER BY w.starts_at DESC, s.id DESC""", supporterId,
                r -> new SignupLine(instant(r[0]), (String) r[1], (String) r[2], (String) r[3]));
    }

    List<CertificateLine> certificates(long supporterId) {
        return rows("SELECT " + UTC_TEXT.formatted("c.submitted_at") + """
                , m.title, m.title_en, c.completed_on, c.state, c.reason
                FROM training_certificate c JOIN training_module m ON m.id = c.module_id
                WHERE c.supporter_id = :id ORDER BY c.submitted_at DESC, c.id DESC""", supporterId,
                r -> new CertificateLine(instant(r[0]), title(r[1], r[2]), date(r[3]), (String) r[4], (String) r[5]));
    }

    private <T> List<T> rows(String sql, long supporterId, Function<Object[], T> line) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("id", supporterId).getResultList();
        return rows.stream().map(line).toList();
    }

    private static ModuleTitle title(Object ja, @Nullable Object en) {
        return new ModuleTitle((String) ja, (String) en);
    }

    private static Instant instant(Object utcText) {
        return LocalDateTime.parse(utcText.toString(), STORED).toInstant(ZoneOffset.UTC);
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static LocalDate date(Object value) {
        LocalDate day = nullableDate(value);
        if (day == null) {
            throw new IllegalStateException("A NOT NULL date column read as null");
        }
        return day;
    }

    private static @Nullable LocalDate nullableDate(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate local -> local;
            case Date sql -> sql.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }
}
