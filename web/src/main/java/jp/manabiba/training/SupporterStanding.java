package jp.manabiba.training;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.manabiba.people.SupporterCategory;

/**
 * A supporter's training on a day against the track in force for them. "Ready" (allowed in front of children):
 * every {@link Requirement#BEFORE_CHILDREN} module is valid that day. "Trained" (the programme's head count): every
 * module that is not optional has been completed at least once; the day it happened is the day of the last of them.
 */
public record SupporterStanding(long supporterId, long organisationId, SupporterCategory category, LocalDate day,
                                List<ModuleStanding> modules) {

    public boolean ready() {
        return missingBeforeChildren().isEmpty();
    }

    /** The modules needed before working with children that are not valid on the day, in track order. */
    public List<ModuleStanding> missingBeforeChildren() {
        return modules.stream().filter(m -> m.requirement() == Requirement.BEFORE_CHILDREN && !m.validOn(day)).toList();
    }

    /** Needed modules valid today that stop counting within {@code days}, soonest first. */
    public List<ModuleStanding> expiringWithin(int days) {
        LocalDate limit = day.plusDays(days);
        return modules.stream()
                .filter(m -> m.requirement().countsForTrained() && m.validOn(day) && m.expiresOn() != null
                        && !m.expiresOn().isAfter(limit))
                .sorted(Comparator.comparing(ModuleStanding::expiresOn)).toList();
    }

    /** The day the supporter became trained, if every needed module has been completed. */
    public Optional<LocalDate> trainedOn() {
        List<ModuleStanding> needed = modules.stream().filter(m -> m.requirement().countsForTrained()).toList();
        if (needed.isEmpty() || needed.stream().anyMatch(m -> !m.done())) {
            return Optional.empty();
        }
        return needed.stream().map(ModuleStanding::firstDone).max(Comparator.naturalOrder());
    }

    /** What to do next: the first module of the track, in order, that is needed and not valid today. */
    public Optional<ModuleStanding> nextStep() {
        return modules.stream().filter(m -> m.requirement().countsForTrained() && !m.validOn(day)).findFirst();
    }
}
