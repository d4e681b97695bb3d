package jp.manabiba.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's second outcome figure: supporters trained per category, in a fiscal year (April-March, Tokyo
 * dates) and in the programme's three years so far, against the targets ({@link TargetBook}). A supporter counts
 * once, in the fiscal year of the day they became trained: on 31 March in the year that ends, on 1 April in the
 * one that begins. Coordinators see their organisations; administrators all, the network's total, and set targets.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class TrainingTargets {

    /** A target of no one is no target; over a thousand is a typo for a network of 20 organisations. */
    public static final int TARGET_MIN = 1;
    public static final int TARGET_MAX = 1_000;
    /** Yearly targets may be planned two years ahead at most, as households' are. */
    private static final int YEARS_AHEAD = 2;
    static final String RECORD_TYPE = "training-target";

    private final TrainedHeads heads;
    private final TrainingTargetRepository targets;
    private final TrainingNames names;
    private final TrainingAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final ProgrammeYears programme;

    TrainingTargets(TrainedHeads heads, TrainingTargetRepository targets, TrainingNames names, TrainingAccess access,
                    AuditLog audit, Clock clock, @Value("${manabiba.outcomes.first-year:2024}") int firstYear) {
        this.heads = heads;
        this.targets = targets;
        this.names = names;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.programme = new ProgrammeYears(firstYear);
    }

    public ProgrammeYears programmeYears() {
        return programme;
    }

    public FiscalYear currentYear() {
        return FiscalYear.of(Today.of(clock));
    }

    /** The fiscal years a yearly target may be set for: from the programme's first to two after this one. */
    public List<FiscalYear> settableYears() {
        int last = Math.max(programme.last(), currentYear().year() + YEARS_AHEAD);
        return java.util.stream.IntStream.rangeClosed(programme.first(), last).mapToObj(FiscalYear::new).toList();
    }

    /** Each organisation the caller manages, this fiscal year. */
    @Transactional(readOnly = true)
    public List<TargetProgress> organisations() {
        return organisations(currentYear());
    }

    @Transactional(readOnly = true)
    public List<TargetProgress> organisations(FiscalYear year) {
        List<Long> managed = access.managedOrganisations();
        List<TrainedHead> all = heads.of(managed, Today.of(clock));
        TargetBook book = new TargetBook(targets.findByOrganisationIdIsNullOrOrganisationIdIn(managed), programme);
        Map<Long, String> named = names.organisations(managed);
        return managed.stream().sorted(Comparator.comparing(named::get))
                .map(id -> progress(id, named.get(id), all.stream().filter(h -> h.organisationId() == id).toList(),
                        book, year))
                .toList();
    }

    /** The whole network this fiscal year, against the network's targets. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public TargetProgress network() {
        return network(currentYear());
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public TargetProgress network(FiscalYear year) {
        List<Long> all = access.managedOrganisations();
        TargetBook book = new TargetBook(targets.findByOrganisationIdIsNullOrOrganisationIdIn(List.of()), programme);
        return progress(null, "", heads.of(all, Today.of(clock)), book, year);
    }

    /** The targets in force for the network (no organisation) or one organisation, per category. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<TargetSetting> settings(@Nullable Long organisationId) {
        if (organisationId != null) {
            access.requireManagedOrganisation(organisationId, "training-targets");
        }
        TargetBook book = new TargetBook(targets.findByOrganisationIdIsNullOrOrganisationIdIn(
                organisationId == null ? List.of() : List.of(organisationId)), programme);
        return Arrays.stream(SupporterCategory.values()).map(category -> {
            Map<FiscalYear, Goal> years = new LinkedHashMap<>();
            settableYears().forEach(y -> book.year(organisationId, category, y).ifPresent(g -> years.put(y, g)));
            return new TargetSetting(category, years, book.programme(organisationId, category).orElse(null));
        }).toList();
    }

    /** Sets the network's (no organisation) or an organisation's target of a category for a fiscal year or the programme. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setTarget(@Nullable Long organisationId, SupporterCategory category, TargetPeriod period, int year,
                          int target) {
        if (organisationId != null) {
            access.requireManagedOrganisation(organisationId, "training-targets");
        }
        if (period == TargetPeriod.PROGRAMME && year != programme.first()) {
            throw new InvalidInput("year", "training.target.error.programme-year", String.valueOf(programme.first()));
        }
        List<FiscalYear> settable = settableYears();
        if (period == TargetPeriod.FISCAL_YEAR && !settable.contains(new FiscalYear(year))) {
            // Years as text: a number argument would be printed "2,024".
            throw new InvalidInput("year", "training.target.error.year-range",
                    String.valueOf(settable.getFirst().year()), String.valueOf(settable.getLast().year()));
        }
        if (target < TARGET_MIN || target > TARGET_MAX) {
            throw new InvalidInput("target", "training.target.error.range", TARGET_MIN, TARGET_MAX);
        }
        targets.findByOrganisationIdIsNullOrOrganisationIdIn(organisationId == null ? List.of() : List.of(organisationId))
                .stream().filter(t -> t.isFor(organisationId, category, period, year)).findFirst()
                .ifPresentOrElse(t -> t.change(target),
                        () -> targets.save(new TrainingTarget(organisationId, category, period, year, target)));
        audit.record(AuditAction.CHANGE, RECORD_TYPE, organisationId == null ? 0 : organisationId, "training-targets");
    }

    private TargetProgress progress(@Nullable Long organisationId, String name, List<TrainedHead> counted,
                                    TargetBook book, FiscalYear year) {
        List<CategoryProgress> categories = new ArrayList<>();
        for (SupporterCategory category : SupporterCategory.values()) {
            List<LocalDate> days = counted.stream().filter(h -> h.category() == category).map(TrainedHead::trainedOn)
                    .toList();
            long inYear = days.stream().filter(year::contains).count();
            long inProgramme = days.stream().filter(programme::contains).count();
            Goal yearGoal = book.year(organisationId, category, year).orElse(null);
            Goal programmeGoal = book.programme(organisationId, category).orElse(null);
            if (yearGoal != null || programmeGoal != null || !days.isEmpty()) {
                categories.add(new CategoryProgress(category, inYear, yearGoal, inProgramme, programmeGoal));
            }
        }
        return new TargetProgress(organisationId, name, year, programme, categories);
    }
}
