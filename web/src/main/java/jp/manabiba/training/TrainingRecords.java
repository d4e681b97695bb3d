package jp.manabiba.training;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supporter's training record: where they stand against their track, and the completions a coordinator records
 * from elsewhere (training done before the organisation used Manabiba, a paper register of a course).
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
public class TrainingRecords {

    private final StandingQuery standings;
    private final CompletionLedger ledger;
    private final TrainingModuleRepository modules;
    private final TrainingAccess access;
    private final AuditLog audit;
    private final Readiness readiness;

    TrainingRecords(StandingQuery standings, CompletionLedger ledger, TrainingModuleRepository modules,
                    TrainingAccess access, AuditLog audit, Readiness readiness) {
        this.standings = standings;
        this.ledger = ledger;
        this.modules = modules;
        this.access = access;
        this.audit = audit;
        this.readiness = readiness;
    }

    /** The signed-in supporter's standing today. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
    public SupporterStanding mine() {
        long me = access.mySupporterId();
        return standingOf(me);
    }

    /** A supporter's standing today, for themself or a coordinator of their organisation. */
    @Transactional(readOnly = true)
    public SupporterStanding standing(long supporterId) {
        access.requireSelfOrManaged(supporterId, "training-record");
        return standingOf(supporterId);
    }

    /** Records a module completed elsewhere, on a day not in the future; returns the completion's id. */
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long recordCompletion(long supporterId, long moduleId, LocalDate completedOn, @Nullable String note) {
        access.requireManagedSupporter(supporterId, "training-record");
        String checkedNote = note == null || note.isBlank() ? null : TextRules.line("note", note, Completion.NOTE_MAX);
        TrainingModule module = modules.findById(moduleId).filter(m -> !m.retired())
                .orElseThrow(() -> new InvalidInput("module", "training.error.unknown-module"));
        long id = ledger.record(supporterId, module.id(), completedOn, CompletionMethod.RECORDED, null,
                access.recordingAccountId(), checkedNote).id();
        audit.record(AuditAction.CREATE, TrainingAccess.RECORD_TYPE, supporterId, "training-record");
        return id;
    }

    private SupporterStanding standingOf(long supporterId) {
        LocalDate today = readiness.today();
        // the caller's access check found the supporter, so the query has their row
        return standings.ofSupporters(List.of(supporterId), today).getFirst();
    }
}
