package jp.manabiba.training;

import jp.manabiba.people.Participants;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with workshops and certificates, on top of {@link TrainingAccess}: a coordinator (or an
 * administrator) the workshops and certificates of the organisations they manage; a supporter the workshops of their
 * own organisation and their own sign-ups and certificates; nobody else. Another organisation's id is refused the
 * same way as one that does not exist, and audited.
 */
@Component
class WorkshopsAccess {

    static final String SCREEN_WORKSHOP = "training-workshop";
    static final String SCREEN_CERTIFICATE = "training-certificate";

    private final TrainingAccess training;
    private final Participants participants;
    private final WorkshopRepository workshops;
    private final CertificateRepository certificates;

    WorkshopsAccess(TrainingAccess training, Participants participants, WorkshopRepository workshops,
                    CertificateRepository certificates) {
        this.training = training;
        this.participants = participants;
        this.workshops = workshops;
        this.certificates = certificates;
    }

    /** A workshop of an organisation the caller manages. */
    Workshop managedWorkshop(long workshopId) {
        return workshops.findById(workshopId).filter(w -> training.managedOrganisations().contains(w.organisationId()))
                .orElseThrow(() -> training.refused(workshopId, SCREEN_WORKSHOP));
    }

    /** The same, with its row locked for a change of its seats (see {@link WorkshopRepository#lockById}). */
    Workshop lockManagedWorkshop(long workshopId) {
        return workshops.lockById(workshopId).filter(w -> training.managedOrganisations().contains(w.organisationId()))
                .orElseThrow(() -> training.refused(workshopId, SCREEN_WORKSHOP));
    }

    void requireManagedOrganisation(long organisationId) {
        training.requireManagedOrganisation(organisationId, SCREEN_WORKSHOP);
    }

    long mySupporterId() {
        return training.mySupporterId();
    }

    /** The signed-in supporter's organisation. */
    long myOrganisation() {
        long me = training.mySupporterId();
        return participants.organisationOfSupporter(me).orElseThrow(() -> training.refused(me, SCREEN_WORKSHOP));
    }

    /** A workshop of the signed-in supporter's organisation, locked for signing up or cancelling. */
    Workshop lockWorkshopOfMine(long workshopId) {
        long mine = myOrganisation();
        return workshops.lockById(workshopId).filter(w -> w.organisationId() == mine)
                .orElseThrow(() -> training.refused(workshopId, SCREEN_WORKSHOP));
    }

    /** Checks that the caller manages the supporter of the certificate. */
    void requireManagedCertificate(long certificateId) {
        certificates.supporterOf(certificateId)
                .flatMap(participants::organisationOfSupporter).filter(training.managedOrganisations()::contains)
                .orElseThrow(() -> training.refused(certificateId, SCREEN_CERTIFICATE));
    }

    /** The certificate's own supporter, or a coordinator who manages them (opening the file). */
    void requireReadableCertificate(long certificateId) {
        boolean own = certificates.supporterOf(certificateId)
                .filter(supporter -> participants.mySupporterId().filter(me -> me.equals(supporter)).isPresent())
                .isPresent();
        if (!own) {
            requireManagedCertificate(certificateId);
        }
    }

    java.util.List<Long> managedOrganisationIds() {
        return training.managedOrganisations();
    }

    AccessDeniedException refused(long recordId, String screen) {
        return training.refused(recordId, screen);
    }

    @Nullable Long recordingAccountId() {
        return training.recordingAccountId();
    }
}
