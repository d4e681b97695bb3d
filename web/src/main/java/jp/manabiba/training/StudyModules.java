package jp.manabiba.training;

import java.util.Objects;

import jp.manabiba.i18n.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Which self-study modules a supporter may take: any that is not retired and is the network's or their own
 * organisation's, whether or not their track lists it (reading more than the track asks harms nobody, and an
 * optional module may be taken early). Another organisation's module, a retired one, a workshop or an external
 * course, or an unknown code are refused alike (audited). A module whose content is not deployed is said so.
 */
@Component
class StudyModules {

    private final TrainingAccess access;
    private final TrainingModuleRepository modules;
    private final TrainingLibrary library;

    StudyModules(TrainingAccess access, TrainingModuleRepository modules, TrainingLibrary library) {
        this.access = access;
        this.modules = modules;
        this.library = library;
    }

    OpenedModule open(String code, String screen) {
        long me = access.mySupporterId();
        long organisation = access.myOrganisation(me);
        TrainingModule record = modules.findByCode(code).filter(module -> offered(module, organisation))
                .orElseThrow(() -> access.refused(me, screen));
        var content = library.module(code)
                .orElseThrow(() -> new InvalidInput("module", "training.study.error.no-content"));
        return new OpenedModule(me, record, content);
    }

    static boolean offered(TrainingModule module, long organisationId) {
        return module.kind() == ModuleKind.SELF_STUDY && !module.retired()
                && (module.organisationId() == null || Objects.equals(module.organisationId(), organisationId));
    }
}
