package jp.manabiba.training;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.Roles;
import jp.manabiba.training.HistoryLines.ModuleOption;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supporter's whole training record for the coordinators of their organisation (and administrators): every read
 * is audited like any other record about a person, and a stranger's id is refused and audited the same way as an
 * absent one. Completions done elsewhere are recorded through {@link TrainingRecords#recordCompletion}.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SupporterFiles {

    static final String SCREEN = "training-supporter";

    private final TrainingAccess access;
    private final TrainingRecords records;
    private final SupporterRecords supporters;
    private final SupporterHistoryQuery history;
    private final TrainingModuleRepository modules;
    private final AuditLog audit;

    SupporterFiles(TrainingAccess access, TrainingRecords records, SupporterRecords supporters,
                   SupporterHistoryQuery history, TrainingModuleRepository modules, AuditLog audit) {
        this.access = access;
        this.records = records;
        this.supporters = supporters;
        this.history = history;
        this.modules = modules;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public SupporterFile of(long supporterId) {
        access.requireManagedSupporter(supporterId, SCREEN);
        SupporterDetails details = supporters.details(supporterId);
        audit.record(AuditAction.READ, TrainingAccess.RECORD_TYPE, supporterId, SCREEN);
        return new SupporterFile(supporterId, details.familyName() + " " + details.givenName(),
                records.standing(supporterId), history.completions(supporterId), history.quizAttempts(supporterId),
                history.signups(supporterId), history.certificates(supporterId));
    }

    /** The modules in use (not retired), to choose what was completed elsewhere. */
    @Transactional(readOnly = true)
    public List<ModuleOption> recordableModules() {
        if (access.managedOrganisations().isEmpty()) {
            throw access.refused(0, SCREEN);
        }
        return modules.findAll().stream().filter(m -> !m.retired())
                .sorted(Comparator.comparing(TrainingModule::title))
                .map(m -> new ModuleOption(m.id(), new ModuleTitle(m.title(), m.titleEn()))).toList();
    }
}
