package jp.manabiba.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An audit entry as the administrator's list and export show it; no client address for the system's own work. */
public record AuditRow(Instant at, String actor, AuditAction action, String recordType, long recordId, String screen,
                       @Nullable String clientAddress) {
}
