package jp.manabiba.training;

import java.util.List;
import java.util.Optional;

import jp.manabiba.curriculum.training.TrainingCatalogue;
import jp.manabiba.curriculum.training.TrainingModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The self-study modules of the content jar, loaded and validated once when the application starts, like the ESD
 * units: an invalid package stops the start with every problem listed, so a supporter never meets a module with a
 * page or its quiz missing. Once started, each self-study module of the database is checked for its package: one
 * without is logged (an administrator added a module whose content is not deployed yet) but does not stop the
 * start, because the other modules, and the gate they feed, must keep working.
 */
@Component
public class TrainingLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingLibrary.class);

    private final TrainingCatalogue catalogue;
    private final TrainingModuleRepository modules;

    TrainingLibrary(TrainingModuleRepository modules) {
        this.modules = modules;
        long started = System.nanoTime();
        this.catalogue = TrainingCatalogue.loadFromClasspath(TrainingLibrary.class.getClassLoader()).orElseThrow();
        LOG.info("Loaded {} self-study training modules in {} ms", catalogue.modules().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The module package of a self-study module's code (the code is the package id). */
    public Optional<TrainingModule> module(String code) {
        return catalogue.module(code);
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkPackages() {
        missingPackages().forEach(code -> LOG.warn(
                "The self-study training module '{}' has no content package in training/: supporters cannot take it", code));
    }

    /** The codes of the database's self-study modules, retired ones aside, that have no package. */
    List<String> missingPackages() {
        return modules.findAll().stream()
                .filter(module -> module.kind() == ModuleKind.SELF_STUDY && !module.retired())
                .map(jp.manabiba.training.TrainingModule::code)
                .filter(code -> catalogue.module(code).isEmpty()).sorted().toList();
    }
}
