package jp.manabiba.audit;

import jp.manabiba.security.AccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Accounts made, switched off and on, and given new passwords or sign-in cards, into the audit log. */
@Component
class AccountAudit {

    private final AuditLog audit;

    AccountAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** Runs in the publisher's transaction: a change that could not be logged does not happen. */
    @EventListener
    public void on(AccountChanged event) {
        AuditAction action = switch (event.kind()) {
            case CREATED -> AuditAction.CREATE;
            case SUSPENDED -> AuditAction.SUSPEND;
            case ENABLED -> AuditAction.ENABLE;
            case NEW_PASSWORD -> AuditAction.NEW_PASSWORD;
            case SIGN_IN_CARD -> AuditAction.SIGN_IN_CARD;
        };
        audit.record(action, "account", event.accountId(), event.screen());
    }
}
