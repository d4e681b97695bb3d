package jp.manabiba.training;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A supporter's "My training": whether they may work with children today and, if not, the modules missing; the
 * next step; every module of their track in order; and the day they became trained, if they have.
 */
public record TrainingOverview(boolean ready, List<ModuleRow> missingBeforeChildren, NextStep nextStep,
                               List<ModuleRow> modules, @Nullable LocalDate trainedOn) {

    public List<ModuleRow> inGroup(Requirement requirement) {
        return modules.stream().filter(module -> module.requirement() == requirement).toList();
    }
}
