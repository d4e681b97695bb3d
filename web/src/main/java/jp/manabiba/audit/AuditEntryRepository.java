package jp.manabiba.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The audit log's only way to the table: append and search. Deliberately not a {@code CrudRepository}, so that
 * the application has no method that updates or deletes an entry (AuditAppendOnlyTest).
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select new jp.manabiba.audit.AuditRow(e.at, e.actor, e.action, e.recordType, e.recordId, e.screen, e.clientAddress)
            from AuditEntry e
            where (:actor is null or e.actor = :actor)
              and (:recordType is null or e.recordType = :recordType)
              and (:from is null or e.at >= :from)
              and (:until is null or e.at < :until)
            order by e.at desc, e.id desc""")
    List<AuditRow> search(@Nullable String actor, @Nullable String recordType, @Nullable Instant from,
                          @Nullable Instant until, Pageable page);
}
