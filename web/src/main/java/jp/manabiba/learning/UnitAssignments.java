package jp.manabiba.learning;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives units to children: a tutor or volunteer to the children they are matched with, a teacher to their
 * consenting pupils, a coordinator to any child of their organisations; a tutor or coordinator also to a whole
 * session series (everyone enrolled in it, now and later). Giving a unit twice changes nothing.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER})
public class UnitAssignments {

    static final String SCREEN = "unit-assignment";

    private final UnitAssignmentRepository assignments;
    private final UnitLibrary library;
    private final LearningAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    UnitAssignments(UnitAssignmentRepository assignments, UnitLibrary library, LearningAccess access,
                    CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.library = library;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The units there are, in the reader's language. */
    @Transactional(readOnly = true)
    public List<UnitOption> units(Locale locale) {
        return library.units().stream().map(u -> new UnitOption(u.id(), u.title().in(locale), u.grades().from(),
                u.grades().to())).toList();
    }

    /** The catalogue in the reader's language: what each unit is about, for whom, and how long. */
    @Transactional(readOnly = true)
    public List<UnitEntry> catalogue(Locale locale) {
        return library.units().stream().map(u -> new UnitEntry(u.id(), u.title().in(locale), u.summary().in(locale),
                u.grades().from(), u.grades().to(), u.sdgs(), u.abilities(), u.activeLessons().size())).toList();
    }

    /** Gives a unit to each of the children (all or none: one refused child refuses the lot); returns how many were new. */
    @Transactional
    public int assignToLearners(String unitId, Collection<Long> learnerIds) {
        Unit unit = unit(unitId);
        if (learnerIds.isEmpty()) {
            throw new InvalidInput("learners", "learning.error.choose-learners");
        }
        int added = 0;
        for (long learner : learnerIds.stream().distinct().sorted().toList()) {
            long organisation = access.organisationForLearner(learner, SCREEN);
            if (assignments.findByUnitIdAndLearnerId(unit.id(), learner).isEmpty()) {
                UnitAssignment saved = assignments.save(UnitAssignment.toLearner(unit.id(), organisation, learner,
                        currentUser.require().accountId(), clock.instant()));
                audit.record(AuditAction.CREATE, "unit-assignment", saved.id(), SCREEN);
                added++;
            }
        }
        return added;
    }

    /** Gives a unit to everyone enrolled in a series; true when it was new. */
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
    public boolean assignToSeries(String unitId, long seriesId) {
        Unit unit = unit(unitId);
        long organisation = access.organisationForSeries(seriesId, SCREEN);
        if (assignments.findByUnitIdAndSeriesId(unit.id(), seriesId).isPresent()) {
            return false;
        }
        UnitAssignment saved = assignments.save(UnitAssignment.toSeries(unit.id(), organisation, seriesId,
                currentUser.require().accountId(), clock.instant()));
        audit.record(AuditAction.CREATE, "unit-assignment", saved.id(), SCREEN);
        return true;
    }

    private Unit unit(String unitId) {
        return library.unit(unitId).orElseThrow(() -> new InvalidInput("unit", "learning.error.unknown-unit"));
    }
}
