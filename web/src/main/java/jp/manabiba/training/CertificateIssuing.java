package jp.manabiba.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the signed-in supporter's certificates of completion: for a module they completed (the latest
 * completion's day) or for their whole track once trained. Asking again for the same completion gives the same
 * certificate and code, so a reprint never makes a second valid code. The PDF is drawn from what this returns.
 */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
public class CertificateIssuing {

    static final String RECORD_TYPE = "completion-certificate";
    private static final int CODE_TRIES = 5;

    private final CompletionCertificateRepository certificates;
    private final CompletionRepository completions;
    private final TrainedMilestoneRepository milestones;
    private final TrainingModuleRepository modules;
    private final TrainingTrackRepository tracks;
    private final StandingQuery standings;
    private final TrainingNames names;
    private final TrainingAccess access;
    private final AuditLog audit;
    private final Clock clock;

    CertificateIssuing(CompletionCertificateRepository certificates, CompletionRepository completions,
                       TrainedMilestoneRepository milestones, TrainingModuleRepository modules, StandingQuery standings,
                       TrainingNames names, TrainingTrackRepository tracks, TrainingAccess access, AuditLog audit,
                       Clock clock) {
        this.tracks = tracks;
        this.certificates = certificates;
        this.completions = completions;
        this.milestones = milestones;
        this.modules = modules;
        this.standings = standings;
        this.names = names;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CertificateDetails issueForModule(long moduleId) {
        long me = access.mySupporterId();
        Completion latest = completions.findBySupporterIdOrderByCompletedOnDescIdDesc(me).stream()
                .filter(c -> c.moduleId() == moduleId).findFirst()
                .orElseThrow(() -> new InvalidInput("module", "training.certificate.error.not-completed"));
        CompletionCertificate certificate = certificates
                .findFirstBySupporterIdAndModuleIdAndCompletedOn(me, moduleId, latest.completedOn())
                .orElseGet(() -> issue(me, moduleId, latest.completedOn()));
        return details(certificate, names, modules, tracks);
    }

    /** As {@link #issueForModule(long)}, for the module of that code (the link on My training names modules so). */
    @Transactional
    public CertificateDetails issueForModule(String code) {
        return issueForModule(modules.findByCode(code)
                .orElseThrow(() -> new InvalidInput("module", "training.error.unknown-module")).id());
    }

    @Transactional
    public CertificateDetails issueForTrack() {
        long me = access.mySupporterId();
        LocalDate trainedOn = milestones.findById(me).map(TrainedMilestone::trainedOn)
                .or(() -> standings.ofSupporters(List.of(me), Today.of(clock)).stream().findFirst()
                        .flatMap(SupporterStanding::trainedOn))
                .orElseThrow(() -> new InvalidInput("track", "training.certificate.error.not-trained"));
        CompletionCertificate certificate = certificates
                .findFirstBySupporterIdAndModuleIdIsNullAndCompletedOn(me, trainedOn)
                .orElseGet(() -> issue(me, null, trainedOn));
        return details(certificate, names, modules, tracks);
    }

    private CompletionCertificate issue(long supporterId, @org.jspecify.annotations.Nullable Long moduleId,
                                        LocalDate completedOn) {
        String code = freshCode();
        CompletionCertificate saved = certificates.save(
                new CompletionCertificate(code, supporterId, moduleId, completedOn, clock.instant()));
        audit.record(AuditAction.CREATE, RECORD_TYPE, saved.id(), "my-training");
        return saved;
    }

    /** A code no certificate has; with 31^10 codes a second try is already a curiosity. */
    private String freshCode() {
        for (int i = 0; i < CODE_TRIES; i++) {
            String code = CertificateCodes.generate();
            if (!certificates.existsByCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free verification code after " + CODE_TRIES + " tries");
    }

    static CertificateDetails details(CompletionCertificate certificate, TrainingNames names,
                                      TrainingModuleRepository modules, TrainingTrackRepository tracks) {
        TrainingNames.NamedSupporter supporter = names.supporter(certificate.supporterId()).orElseThrow();
        Optional<TrainingModule> module = Optional.ofNullable(certificate.moduleId()).flatMap(modules::findById);
        BigDecimal hours = module.map(TrainingModule::hours).orElseGet(() -> tracks.inForce(supporter.organisationId(),
                supporter.category()).map(track -> modules.findAllById(track.entries().stream()
                        .filter(entry -> entry.requirement().countsForTrained()).map(TrackEntry::moduleId).toList())
                        .stream().map(TrainingModule::hours).reduce(BigDecimal.ZERO, BigDecimal::add)).orElse(BigDecimal.ZERO));
        return new CertificateDetails(CertificateCodes.display(certificate.code()), supporter.fullName(),
                supporter.organisationName(), supporter.category(), module.map(TrainingModule::title).orElse(null),
                module.map(m -> m.title(java.util.Locale.ENGLISH)).orElse(null), hours, certificate.completedOn(),
                certificate.issuedAt());
    }
}
