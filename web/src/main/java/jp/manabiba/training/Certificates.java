package jp.manabiba.training;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.base.files.CheckedFile;
import jp.manabiba.base.files.FileContent;
import jp.manabiba.base.files.UploadChecks;
import jp.manabiba.base.files.UploadKind;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of external courses: a supporter uploads one (a photo or PDF, type read from the bytes, at most
 * {@link UploadKind#MAX_BYTES}) with the day they completed the course; a coordinator of their organisation opens it
 * and approves it, which completes the module on that day, or refuses it with a reason the supporter reads.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
public class Certificates {

    private final CertificateRepository certificates;
    private final TrainingModuleRepository modules;
    private final CompletionLedger ledger;
    private final WorkshopNames names;
    private final WorkshopsAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Certificates(CertificateRepository certificates, TrainingModuleRepository modules, CompletionLedger ledger,
                 WorkshopNames names, WorkshopsAccess access, AuditLog audit, Clock clock) {
        this.certificates = certificates;
        this.modules = modules;
        this.ledger = ledger;
        this.names = names;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The external courses a certificate can be uploaded for. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
    public List<ModuleChoice> externalModules() {
        long mine = access.myOrganisation();
        return modules.findAll().stream().filter(m -> m.kind() == ModuleKind.EXTERNAL && !m.retired())
                .filter(m -> m.organisationId() == null || m.organisationId() == mine)
                .sorted(Comparator.comparing(TrainingModule::id)).map(ModuleChoice::of).toList();
    }

    /**
     * Stores the supporter's certificate, SUBMITTED. Refused at its field, with nothing stored: no or another kind
     * of module ({@code module}), a day in the future ({@code completedOn}), an empty, oversized or wrong-type file
     * ({@code file}).
     */
    @Transactional
    @RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
    public long submit(long moduleId, LocalDate completedOn, String fileName, byte[] bytes) {
        long me = access.mySupporterId();
        externalModules().stream().filter(m -> m.id() == moduleId).findFirst()
                .orElseThrow(() -> new InvalidInput("module", "training.error.unknown-module"));
        if (completedOn.isAfter(Today.of(clock))) {
            throw new InvalidInput("completedOn", "training.error.completed-in-future");
        }
        CheckedFile file = checked(fileName, bytes);
        long id = certificates.save(new Certificate(me, moduleId, completedOn, file, clock.instant())).id();
        audit.record(AuditAction.CREATE, "training-certificate", id, WorkshopsAccess.SCREEN_CERTIFICATE);
        return id;
    }

    /** The signed-in supporter's certificates, newest first, with the decisions and reasons. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
    public List<CertificateRow> mine() {
        return rows(certificates.rowsOf(access.mySupporterId()));
    }

    /** Certificates waiting for a decision from supporters of the caller's organisations, oldest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<CertificateRow> waiting() {
        List<Long> managed = access.managedOrganisationIds();
        return managed.isEmpty() ? List.of() : rows(certificates.waitingIn(managed));
    }

    /** The file, for its supporter or a coordinator of theirs; a coordinator's opening is audited. */
    @Transactional
    public FileContent file(long certificateId) {
        access.requireReadableCertificate(certificateId);
        if (!access.managedOrganisationIds().isEmpty()) {
            audit.record(AuditAction.READ, "training-certificate", certificateId, WorkshopsAccess.SCREEN_CERTIFICATE);
        }
        Object[] row = certificates.file(certificateId).getFirst();
        return new FileContent((String) row[0], (String) row[1], (byte[]) row[2]);
    }

    /** Approves a waiting certificate: the module is completed on the day the supporter gave. */
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public void approve(long certificateId) {
        access.requireManagedCertificate(certificateId);
        Certificate certificate = certificates.findById(certificateId).orElseThrow();
        @Nullable Long by = access.recordingAccountId();
        certificate.approve(by, clock.instant());
        ledger.record(certificate.supporterId(), certificate.moduleId(), certificate.completedOn(),
                CompletionMethod.CERTIFICATE, certificateId, by, null);
        audit.record(AuditAction.CHANGE, "training-certificate", certificateId, WorkshopsAccess.SCREEN_CERTIFICATE);
    }

    /** Refuses a waiting certificate with a reason (required) the supporter reads. */
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public void refuse(long certificateId, String reason) {
        access.requireManagedCertificate(certificateId);
        String checked = TextRules.text("reason", reason, Certificate.REASON_MAX);
        certificates.findById(certificateId).orElseThrow()
                .refuse(checked, access.recordingAccountId(), clock.instant());
        audit.record(AuditAction.CHANGE, "training-certificate", certificateId, WorkshopsAccess.SCREEN_CERTIFICATE);
    }

    /** base.files' checks, with the refusals in words for adults (its own speak to children) at {@code file}. */
    private static CheckedFile checked(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInput("file", "training.certificate.error.empty");
        }
        try {
            return UploadChecks.check("file", fileName, bytes, UploadKind.PHOTO_OR_PDF);
        } catch (InvalidInput refusal) {
            throw new InvalidInput("file", refusal.messageKey().replace("upload.error.", "training.certificate.error."),
                    refusal.arguments());
        }
    }

    private List<CertificateRow> rows(List<Object[]> found) {
        Map<Long, String> named = names.supporters(found.stream().map(r -> ((Number) r[1]).longValue()).toList());
        return found.stream().map(r -> {
            long supporter = ((Number) r[1]).longValue();
            return new CertificateRow(((Number) r[0]).longValue(), supporter, named.getOrDefault(supporter, ""),
                    (String) r[2], day(r[3]), (String) r[4], CertificateState.valueOf((String) r[5]), (String) r[6],
                    instant(r[7]));
        }).toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** DATETIME(6) columns hold UTC (hibernate.jdbc.time_zone); a native query hands them over as they are stored. */
    private static Instant instant(Object value) {
        LocalDateTime utc = value instanceof Timestamp stamp ? stamp.toLocalDateTime() : (LocalDateTime) value;
        return utc.toInstant(ZoneOffset.UTC);
    }
}
