package jp.manabiba.training;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 研修会 for their coordinators: plan, change, cancel, and one workshop with its sign-ups. A capacity lowered under
 * the seats already booked is refused; one raised lets the waiting list move up. Attendance is
 * {@link WorkshopAttendance}'s, signing up {@link WorkshopSignups}'.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class Workshops {

    private final WorkshopRepository workshops;
    private final SignupRepository signups;
    private final TrainingModuleRepository modules;
    private final WorkshopRows rows;
    private final WorkshopNames names;
    private final SeatQueue seats;
    private final WorkshopsAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Workshops(WorkshopRepository workshops, SignupRepository signups, TrainingModuleRepository modules,
              WorkshopRows rows, WorkshopNames names, SeatQueue seats, WorkshopsAccess access, AuditLog audit,
              Clock clock) {
        this.workshops = workshops;
        this.signups = signups;
        this.modules = modules;
        this.rows = rows;
        this.names = names;
        this.seats = seats;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisations the caller may plan workshops for. */
    @Transactional(readOnly = true)
    public List<OrganisationOption> organisations() {
        List<Long> managed = access.managedOrganisationIds();
        Map<Long, String> named = names.organisations(managed);
        return managed.stream().map(id -> new OrganisationOption(id, named.getOrDefault(id, "")))
                .sorted(Comparator.comparing(OrganisationOption::name)).toList();
    }

    /** Modules a workshop may complete: the workshop modules first, then the others; none retired. */
    @Transactional(readOnly = true)
    public List<ModuleChoice> moduleChoices() {
        return modules.findAll().stream().filter(m -> !m.retired())
                .filter(m -> m.organisationId() == null || access.managedOrganisationIds().contains(m.organisationId()))
                .sorted(Comparator.comparing((TrainingModule m) -> m.kind() != ModuleKind.WORKSHOP)
                        .thenComparing(TrainingModule::id))
                .map(ModuleChoice::of).toList();
    }

    /** The workshops of the caller's organisations that have not ended a week ago, soonest first. */
    @Transactional(readOnly = true)
    public List<WorkshopRow> list() {
        List<Long> managed = access.managedOrganisationIds();
        return managed.isEmpty() ? List.of()
                : rows.of(workshops.ofOrganisationsFrom(managed, clock.instant().minus(7, ChronoUnit.DAYS)));
    }

    @Transactional(readOnly = true)
    public WorkshopDetail detail(long workshopId) {
        Workshop workshop = access.managedWorkshop(workshopId);
        List<Signup> all = signups.ofWorkshop(workshopId);
        Map<Long, String> named = names.supporters(all.stream().map(Signup::supporterId).toList());
        List<SignupRow> shown = new ArrayList<>();
        int waiting = 0;
        for (Signup signup : all) {
            int position = signup.state() == SignupState.WAITING ? ++waiting : 0;
            shown.add(new SignupRow(signup.id(), signup.supporterId(), named.getOrDefault(signup.supporterId(), ""),
                    signup.state(), position));
        }
        return new WorkshopDetail(rows.of(workshop), shown, workshop.started(clock.instant()));
    }

    @Transactional
    public long create(WorkshopPlan plan) {
        access.requireManagedOrganisation(plan.organisationId());
        WorkshopPlan checked = WorkshopRules.check(plan, Today.of(clock), true);
        requireModules(checked);
        long id = workshops.save(new Workshop(plan.organisationId(), checked, clock.instant())).id();
        audit.record(AuditAction.CREATE, "training-workshop", id, WorkshopsAccess.SCREEN_WORKSHOP);
        return id;
    }

    /**
     * Changes a workshop that has not started. Its organisation stays; a capacity under the seats taken is refused
     * (the bookings are people who planned their day); a larger one moves the waiting list up.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED) // see WorkshopRepository#lockById
    public void change(long workshopId, WorkshopPlan plan) {
        Workshop workshop = access.lockManagedWorkshop(workshopId);
        Instant now = clock.instant();
        workshop.requireOpen(now, "workshop");
        WorkshopPlan checked = WorkshopRules.check(plan, Today.of(clock), true);
        requireModules(checked);
        long taken = signups.seatsTaken(workshopId);
        if (checked.capacity() < taken) {
            throw new InvalidInput("capacity", "training.workshop.error.capacity-below-bookings", taken);
        }
        workshop.apply(checked);
        workshops.flush();
        seats.fill(workshop, now);
        audit.record(AuditAction.CHANGE, "training-workshop", workshopId, WorkshopsAccess.SCREEN_WORKSHOP);
    }

    /** Cancels a workshop that has not started; its sign-ups stay as they were, and the supporters see it cancelled. */
    @Transactional
    public void cancel(long workshopId) {
        Workshop workshop = access.lockManagedWorkshop(workshopId);
        workshop.requireOpen(clock.instant(), "workshop");
        workshop.cancel();
        audit.record(AuditAction.CHANGE, "training-workshop", workshopId, WorkshopsAccess.SCREEN_WORKSHOP);
    }

    private void requireModules(WorkshopPlan plan) {
        List<TrainingModule> found = modules.findAllById(plan.moduleIds());
        boolean usable = found.size() == plan.moduleIds().size() && found.stream().allMatch(m -> !m.retired()
                && (m.organisationId() == null || m.organisationId() == plan.organisationId()));
        if (!usable) {
            throw new InvalidInput("modules", "training.error.unknown-module");
        }
    }
}
