package jp.manabiba.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Narrows the audit log: by the actor's username, the kind of record, and a period of days (Asia/Tokyo). */
public record AuditFilter(@Nullable String actor, @Nullable String recordType, @Nullable LocalDate from,
                          @Nullable LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
