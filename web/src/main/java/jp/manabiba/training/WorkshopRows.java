package jp.manabiba.training;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Workshops made into list rows with their seats counted and their modules named: a few queries a list, not per row. */
@Component
class WorkshopRows {

    private final SignupRepository signups;
    private final TrainingModuleRepository modules;
    private final WorkshopNames names;

    WorkshopRows(SignupRepository signups, TrainingModuleRepository modules, WorkshopNames names) {
        this.signups = signups;
        this.modules = modules;
        this.names = names;
    }

    List<WorkshopRow> of(Collection<Workshop> workshops) {
        if (workshops.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Signup>> perWorkshop = signups.ofWorkshops(workshops.stream().map(Workshop::id).toList())
                .stream().collect(Collectors.groupingBy(Signup::workshopId));
        Set<Long> moduleIds = workshops.stream().flatMap(w -> w.moduleIds().stream()).collect(Collectors.toSet());
        Map<Long, ModuleChoice> named = modules.findAllById(moduleIds).stream().map(ModuleChoice::of)
                .collect(Collectors.toMap(ModuleChoice::id, Function.identity()));
        Map<Long, String> organisations = names.organisations(
                workshops.stream().map(Workshop::organisationId).collect(Collectors.toSet()));
        return workshops.stream().map(w -> {
            List<Signup> own = perWorkshop.getOrDefault(w.id(), List.of());
            return new WorkshopRow(w.id(), w.organisationId(), organisations.getOrDefault(w.organisationId(), ""),
                    w.title(), w.startsAt(), w.endsAt(), w.place(), w.trainer(), w.capacity(),
                    (int) own.stream().filter(s -> s.state().holdsSeat()).count(),
                    (int) own.stream().filter(s -> s.state() == SignupState.WAITING).count(), w.cancelled(),
                    w.moduleIds().stream().map(named::get).sorted(Comparator.comparing(ModuleChoice::id)).toList());
        }).toList();
    }

    WorkshopRow of(Workshop workshop) {
        return of(List.of(workshop)).getFirst();
    }
}
