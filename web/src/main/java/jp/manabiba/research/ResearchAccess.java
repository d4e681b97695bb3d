package jp.manabiba.research;

import jp.manabiba.audit.AuditLog;
import jp.manabiba.people.Participants;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may export research data and review its fields: a coordinator of the organisation, an administrator any
 * organisation. The role is checked on each service; this is the organisation. A refusal is the same for "not
 * yours" and "does not exist", and is written to the audit log.
 */
@Component
class ResearchAccess {

    static final String SCREEN = "research";
    static final String REFUSED = "Not permitted";

    private final Participants participants;
    private final AuditLog audit;

    ResearchAccess(Participants participants, AuditLog audit) {
        this.participants = participants;
        this.audit = audit;
    }

    void requireManages(long organisationId) {
        if (!participants.managedOrganisations().contains(organisationId)) {
            audit.recordRefusal("organisation", organisationId, SCREEN);
            throw new AccessDeniedException(REFUSED);
        }
    }
}
