package jp.manabiba.training;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.security.Roles;
import jp.manabiba.training.TrackLines.ModuleLine;
import jp.manabiba.training.TrackLines.TrackChoice;
import jp.manabiba.training.TrackLines.TrackLine;
import jp.manabiba.training.TrackLines.TrackPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's modules and tracks. A track is saved against the version the administrator started from, so
 * two administrators editing at once never overwrite each other silently. Completions are never touched: a module
 * taken out of a track stays completed, and a supporter already counted as trained stays counted
 * ({@link TrainedMilestone}); one who is now trained because a module left is written down at once.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class TrackAdministration {

    private final TrainingModuleRepository modules;
    private final TrainingTrackRepository tracks;
    private final TrackMilestones milestones;
    private final AuditLog audit;
    private final Clock clock;

    TrackAdministration(TrainingModuleRepository modules, TrainingTrackRepository tracks, TrackMilestones milestones,
                        AuditLog audit, Clock clock) {
        this.modules = modules;
        this.tracks = tracks;
        this.milestones = milestones;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ModuleLine> modules() {
        return modules.findAll().stream().sorted(Comparator.comparing(TrainingModule::retired)
                        .thenComparing(TrainingModule::title, Comparator.naturalOrder()))
                .map(m -> new ModuleLine(m.id(), m.code(), m.kind(), new ModuleTitle(m.title(), m.titleEn()),
                        m.description(), m.hours(), m.validityMonths(), m.retired())).toList();
    }

    /** Adds a module (moduleId null) or changes one; the code and kind of an existing module stay as they are. */
    @Transactional
    public long saveModule(@Nullable Long moduleId, ModuleDraft draft) {
        ModuleDraft checked = ModuleRules.checked(draft);
        TrainingModule module;
        if (moduleId == null) {
            String code = ModuleRules.code(draft.code());
            if (modules.findByCode(code).isPresent()) {
                throw new InvalidInput("code", "coord.error.code-taken");
            }
            module = modules.save(new TrainingModule(code, checked.kind(), checked.title(), checked.hours(),
                    checked.validityMonths(), null, clock.instant()));
        } else {
            module = modules.findById(moduleId).orElseThrow(() -> new InvalidInput("", "training.error.unknown-module"));
            module.changeTerms(checked.hours(), checked.validityMonths());
        }
        module.describe(checked.title(), checked.titleEn(), checked.description());
        audit.record(AuditAction.CHANGE, "training-module", module.id(), "training-tracks");
        return module.id();
    }

    /** Retires a module no track lists any more; its completions stay in every history. */
    @Transactional
    public void retireModule(long moduleId) {
        TrainingModule module = modules.findById(moduleId)
                .orElseThrow(() -> new InvalidInput("", "training.error.unknown-module"));
        if (tracks.anyListing(moduleId)) {
            throw new InvalidInput("retire", "coord.error.module-in-track");
        }
        module.retire();
        audit.record(AuditAction.CHANGE, "training-module", moduleId, "training-tracks");
    }

    /** The track in force: the organisation's own when it has one, else the network's (organisationId null). */
    @Transactional(readOnly = true)
    public TrackPlan track(@Nullable Long organisationId, SupporterCategory category) {
        TrainingTrack track = (organisationId == null ? tracks.networkTrack(category)
                : tracks.inForce(organisationId, category)).orElseThrow(() -> new InvalidInput("track", "coord.error.no-track"));
        Map<Long, TrainingModule> byId = modules.findAllById(track.entries().stream().map(TrackEntry::moduleId).toList())
                .stream().collect(Collectors.toMap(TrainingModule::id, Function.identity()));
        List<TrackLine> lines = track.entries().stream().map(e -> new TrackLine(e.moduleId(),
                new ModuleTitle(byId.get(e.moduleId()).title(), byId.get(e.moduleId()).titleEn()), e.requirement())).toList();
        return new TrackPlan(track.id(), track.organisationId(), category, track.version(),
                java.util.Objects.equals(track.organisationId(), organisationId), lines);
    }

    /** Gives an organisation its own track for a category, starting as a copy of the network's. */
    @Transactional
    public long copyNetworkTrack(long organisationId, SupporterCategory category) {
        if (tracks.findByOrganisationIdAndCategory(organisationId, category).isPresent()) {
            throw new InvalidInput("track", "coord.error.track-exists");
        }
        TrainingTrack network = tracks.networkTrack(category)
                .orElseThrow(() -> new InvalidInput("track", "coord.error.no-track"));
        TrainingTrack own = new TrainingTrack(organisationId, category, clock.instant());
        own.replaceEntries(network.entries(), clock.instant());
        long id = tracks.saveAndFlush(own).id();
        audit.record(AuditAction.CREATE, "training-track", id, "training-tracks");
        return id;
    }

    /** Saves a track's modules in the order given, refused when someone saved it since {@code version}. */
    @Transactional
    public void saveTrack(long trackId, long version, List<TrackChoice> choices) {
        TrainingTrack track = tracks.findById(trackId).orElseThrow(() -> new InvalidInput("track", "coord.error.no-track"));
        if (track.version() != version) {
            throw new InvalidInput("modules", "coord.error.track-changed-meanwhile");
        }
        Map<Long, TrainingModule> byId = modules.findAllById(choices.stream().map(TrackChoice::moduleId).toList())
                .stream().collect(Collectors.toMap(TrainingModule::id, Function.identity()));
        for (TrackChoice choice : choices) {
            TrainingModule module = byId.get(choice.moduleId());
            if (module == null || module.retired()) {
                throw new InvalidInput("modules", "training.error.unknown-module");
            }
        }
        track.replaceEntries(choices.stream().map(c -> new TrackEntry(c.moduleId(), 0, c.requirement())).toList(),
                clock.instant());
        try {
            tracks.saveAndFlush(track);
        } catch (ObjectOptimisticLockingFailureException savedMeanwhile) {
            throw new InvalidInput("modules", "coord.error.track-changed-meanwhile");
        }
        milestones.keepFor(track);
        audit.record(AuditAction.CHANGE, "training-track", trackId, "training-tracks");
    }
}
