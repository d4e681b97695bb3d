package jp.manabiba.training;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator checks a certificate someone shows them by its verification code: they are told whose it is and
 * what it certifies when the supporter belongs to an organisation they coordinate (administrators: any). A code of
 * another organisation's supporter is "not found", exactly like a code that does not exist. Every lookup is
 * audited and rate-limited ({@link LookupThrottle}).
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class CertificateLookup {

    private static final String SCREEN = "certificate-verify";

    private final CompletionCertificateRepository certificates;
    private final TrainingModuleRepository modules;
    private final TrainingTrackRepository tracks;
    private final TrainingNames names;
    private final TrainingAccess access;
    private final LookupThrottle throttle;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CertificateLookup(CompletionCertificateRepository certificates, TrainingModuleRepository modules,
                      TrainingTrackRepository tracks, TrainingNames names, TrainingAccess access,
                      LookupThrottle throttle, CurrentUser currentUser, AuditLog audit) {
        this.certificates = certificates;
        this.tracks = tracks;
        this.modules = modules;
        this.names = names;
        this.access = access;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional
    public Optional<CertificateDetails> verify(String typedCode) {
        throttle.take(currentUser.require().accountId());
        String code = CertificateCodes.normalise(typedCode);
        Optional<CompletionCertificate> found = CertificateCodes.wellFormed(code)
                ? certificates.findByCode(code) : Optional.empty();
        Optional<CompletionCertificate> shown = found.filter(c -> names.supporter(c.supporterId())
                .filter(s -> access.managedOrganisations().contains(s.organisationId())).isPresent());
        if (shown.isEmpty()) {
            // the same entry for "absent" and "not yours": the log tells which certificate, if any, was tried
            audit.recordRefusal(CertificateIssuing.RECORD_TYPE, found.map(CompletionCertificate::id).orElse(0L), SCREEN);
            return Optional.empty();
        }
        audit.record(AuditAction.READ, CertificateIssuing.RECORD_TYPE, shown.get().id(), SCREEN);
        return Optional.of(CertificateIssuing.details(shown.get(), names, modules, tracks));
    }
}
