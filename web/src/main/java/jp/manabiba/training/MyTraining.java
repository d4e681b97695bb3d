package jp.manabiba.training;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in supporter's "My training" page: their standing against their track (one query), each module with
 * its status and code, and the next step. Only their own: the supporter is the signed-in account's.
 */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
public class MyTraining {

    private final TrainingAccess access;
    private final StandingQuery standings;
    private final TrainingModuleRepository modules;
    private final TrainingLibrary library;
    private final Readiness readiness;

    MyTraining(TrainingAccess access, StandingQuery standings, TrainingModuleRepository modules, TrainingLibrary library,
               Readiness readiness) {
        this.access = access;
        this.standings = standings;
        this.modules = modules;
        this.library = library;
        this.readiness = readiness;
    }

    @Transactional(readOnly = true)
    public TrainingOverview overview(Locale locale) {
        long me = access.mySupporterId();
        LocalDate today = readiness.today();
        SupporterStanding standing = standings.ofSupporters(List.of(me), today).getFirst();
        Map<Long, TrainingModule> byId = modules.findAllById(standing.modules().stream().map(ModuleStanding::moduleId)
                .toList()).stream().collect(Collectors.toMap(TrainingModule::id, Function.identity()));
        Function<ModuleStanding, ModuleRow> row = m -> {
            String code = byId.get(m.moduleId()).code();
            boolean studyable = m.kind() != ModuleKind.SELF_STUDY || library.module(code).isPresent();
            return ModuleRow.of(m, code, locale, today, studyable);
        };
        List<ModuleRow> rows = standing.modules().stream().map(row).toList();
        List<ModuleRow> missing = standing.missingBeforeChildren().stream().map(row).toList();
        return new TrainingOverview(standing.ready(), missing, nextStep(rows), rows, standing.trainedOn().orElse(null));
    }

    /** Before children first, then the rest of what is needed, then renewals due soon, then optional modules. */
    static NextStep nextStep(List<ModuleRow> rows) {
        Optional<ModuleRow> needed = notValid(rows, Requirement.BEFORE_CHILDREN)
                .or(() -> notValid(rows, Requirement.REQUIRED));
        if (needed.isPresent()) {
            ModuleRow module = needed.get();
            return new NextStep(module.status() == ModuleStatus.EXPIRED ? NextStep.Kind.RENEW : NextStep.Kind.START, module);
        }
        Optional<ModuleRow> expiring = rows.stream().filter(m -> m.requirement().countsForTrained()
                && m.status() == ModuleStatus.EXPIRING_SOON).min(Comparator.comparing(ModuleRow::validUntil));
        if (expiring.isPresent()) {
            return new NextStep(NextStep.Kind.RENEW, expiring.get());
        }
        return notValid(rows, Requirement.OPTIONAL).map(m -> new NextStep(NextStep.Kind.OPTIONAL, m))
                .orElseGet(() -> new NextStep(NextStep.Kind.ALL_DONE, null));
    }

    private static Optional<ModuleRow> notValid(List<ModuleRow> rows, Requirement requirement) {
        return rows.stream().filter(m -> m.requirement() == requirement && !m.status().valid()).findFirst();
    }
}
