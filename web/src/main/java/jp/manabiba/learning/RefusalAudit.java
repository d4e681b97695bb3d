package jp.manabiba.learning;

import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a refusal to the audit log in a transaction of its own: the refused call's transaction is rolled back
 * by the refusal, and the entry must outlive it.
 */
@Component
class RefusalAudit {

    private final AuditLog audit;

    RefusalAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(String recordType, long recordId, String screen) {
        audit.record(AuditAction.REFUSED, recordType, recordId, screen);
    }
}
