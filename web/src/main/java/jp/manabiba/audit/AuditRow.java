package jp.manabiba.audit;

import java.time.Instant;

/** An audit entry as the administrator's list and export show it. */
public record AuditRow(Instant at, String actor, AuditAction action, String recordType, long recordId, String screen) {
}
