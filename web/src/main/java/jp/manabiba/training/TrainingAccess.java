package jp.manabiba.training;

import java.util.List;

import jp.manabiba.audit.AuditLog;
import jp.manabiba.people.Participants;
import jp.manabiba.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change training records, in one place: a supporter their own; a coordinator the supporters of
 * the organisations they coordinate; an administrator all. "Not yours" and "does not exist" are refused the same
 * way, and every refusal is audited (in a transaction of its own: the refused one rolls back).
 */
@Component
class TrainingAccess {

    static final String RECORD_TYPE = "supporter-training";

    private final Participants participants;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    TrainingAccess(Participants participants, CurrentUser currentUser, AuditLog audit) {
        this.participants = participants;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The signed-in supporter's id; refused for an account that is not a supporter's. */
    long mySupporterId() {
        return participants.mySupporterId()
                .orElseThrow(() -> refused(currentUser.require().accountId(), "my-training"));
    }

    /** The organisations whose supporters' training the caller manages (coordinators: theirs; administrators: all). */
    List<Long> managedOrganisations() {
        return participants.managedOrganisations();
    }

    /** The supporter's organisation, when the caller manages it. */
    long requireManagedSupporter(long supporterId, String screen) {
        return participants.organisationOfSupporter(supporterId).filter(managedOrganisations()::contains)
                .orElseThrow(() -> refused(supporterId, screen));
    }

    void requireManagedOrganisation(long organisationId, String screen) {
        if (!managedOrganisations().contains(organisationId)) {
            throw refused(organisationId, screen);
        }
    }

    /** The supporter themself, or someone who manages them. */
    void requireSelfOrManaged(long supporterId, String screen) {
        if (participants.mySupporterId().filter(me -> me == supporterId).isEmpty()) {
            requireManagedSupporter(supporterId, screen);
        }
    }

    /** Who to write down as having recorded something: null for the system itself (the demo, a nightly job). */
    @Nullable Long recordingAccountId() {
        return currentUser.require().recordingAccountId();
    }

    /** The records behind an organisation's outcome figures: its own coordinators only, never an administrator. */
    void requireCoordinatesOnly(long organisationId, String screen) {
        if (!participants.coordinatesOnly(organisationId)) {
            throw refused(organisationId, screen);
        }
    }

    AccessDeniedException refused(long recordId, String screen) {
        audit.recordRefusal(RECORD_TYPE, recordId, screen);
        return new AccessDeniedException("Not permitted");
    }

    /** The signed-in supporter's organisation (wt-study: whose own modules they may take besides the network's). */
    long myOrganisation(long mySupporterId) {
        return participants.organisationOfSupporter(mySupporterId)
                .orElseThrow(() -> refused(mySupporterId, "my-training"));
    }
}
