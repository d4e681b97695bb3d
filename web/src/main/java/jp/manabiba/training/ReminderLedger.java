package jp.manabiba.training;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** What the expiry reminders already told: one e-mail per completion (supporter, module, expiry day), ever. */
@Component
class ReminderLedger {

    private final EntityManager entityManager;

    ReminderLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record Sent(long supporterId, long moduleId, LocalDate expiresOn) {
    }

    Set<Sent> sentTo(Collection<Long> supporterIds) {
        if (supporterIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT supporter_id, module_id, expires_on FROM training_reminder_sent WHERE supporter_id IN (:ids)")
                .setParameter("ids", supporterIds).getResultList();
        return rows.stream().map(r -> new Sent(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2])).collect(Collectors.toSet());
    }

    void remember(Sent sent, Instant at) {
        entityManager.createNativeQuery("""
                        INSERT IGNORE INTO training_reminder_sent (supporter_id, module_id, expires_on, sent_at)
                        VALUES (:supporter, :module, :expires, :at)""")
                .setParameter("supporter", sent.supporterId()).setParameter("module", sent.moduleId())
                .setParameter("expires", Date.valueOf(sent.expiresOn())).setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }
}
