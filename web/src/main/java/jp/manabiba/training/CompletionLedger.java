package jp.manabiba.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a completion is written, whatever proved it (a passed quiz, attendance, an approved certificate, a
 * coordinator's record): the expiry follows the module's validity, and the day the supporter became trained is
 * kept as soon as it happens. Callers have checked who may do it.
 */
@Component
class CompletionLedger {

    private final CompletionRepository completions;
    private final TrainingModuleRepository modules;
    private final TrainedMilestoneRepository milestones;
    private final StandingQuery standings;
    private final Clock clock;

    CompletionLedger(CompletionRepository completions, TrainingModuleRepository modules,
                     TrainedMilestoneRepository milestones, StandingQuery standings, Clock clock) {
        this.completions = completions;
        this.modules = modules;
        this.milestones = milestones;
        this.standings = standings;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Completion record(long supporterId, long moduleId, LocalDate completedOn, CompletionMethod method,
                      @Nullable Long sourceId, @Nullable Long recordedBy, @Nullable String note) {
        TrainingModule module = modules.findById(moduleId)
                .orElseThrow(() -> new InvalidInput("module", "training.error.unknown-module"));
        if (completedOn.isAfter(Today.of(clock))) {
            throw new InvalidInput("completedOn", "training.error.completed-in-future");
        }
        Completion saved = completions.saveAndFlush(new Completion(supporterId, module, completedOn, method, sourceId,
                recordedBy, note, clock.instant()));
        keepMilestone(supporterId);
        return saved;
    }

    private void keepMilestone(long supporterId) {
        List<SupporterStanding> found = standings.ofSupporters(List.of(supporterId), Today.of(clock));
        found.forEach(standing -> standing.trainedOn().ifPresent(day -> milestones.findById(supporterId).ifPresentOrElse(
                kept -> kept.backdateTo(day),
                () -> milestones.save(new TrainedMilestone(supporterId, standing.category(), day, clock.instant())))));
    }
}
