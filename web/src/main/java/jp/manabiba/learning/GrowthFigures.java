package jp.manabiba.learning;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.MyPupils;
import jp.manabiba.people.PupilRow;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Growth in the ESD abilities per fiscal year (April-March), the programme's outcome figure: of every child the
 * caller sees (a coordinator: their organisations), of one series (tutors, coordinators) or of one home class
 * (teachers). A child counts in the year of their end rating, or of their start rating while under way
 * ({@link GrowthQuery}); each child shown is a read in the audit log.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER})
public class GrowthFigures {

    private final GrowthQuery query;
    private final LearningAccess access;
    private final MyPupils myPupils;
    private final CurrentUser currentUser;

    GrowthFigures(GrowthQuery query, LearningAccess access, MyPupils myPupils, CurrentUser currentUser) {
        this.query = query;
        this.access = access;
        this.myPupils = myPupils;
        this.currentUser = currentUser;
    }

    /** The home classes of a teacher's consented pupils, to choose a class's figure; none for other roles. */
    @Transactional(readOnly = true)
    public List<String> classes() {
        if (!currentUser.require().hasRole(Role.TEACHER)) {
            return List.of();
        }
        return myPupils.toChooseFrom().stream().map(PupilRow::homeClass).filter(Objects::nonNull).distinct().sorted()
                .toList();
    }

    @Transactional
    public GrowthReport growth(String unitId, FiscalYear year) {
        return query.report(unitId, rating -> true, year, LearningOverview.GROWTH_SCREEN);
    }

    /** A series the caller runs or coordinates; another is refused and audited. */
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
    public GrowthReport growthOfSeries(String unitId, long seriesId, FiscalYear year) {
        Set<Long> children = Set.copyOf(access.learnersOfSeries(seriesId, LearningOverview.GROWTH_SCREEN));
        return query.report(unitId, rating -> children.contains(rating.learnerId()), year, LearningOverview.GROWTH_SCREEN);
    }

    /** The teacher's consented pupils of one home class (「4年1組」); a class without any is simply empty. */
    @Transactional
    @RolesAllowed(Roles.TEACHER)
    public GrowthReport growthOfClass(String unitId, String homeClass, FiscalYear year) {
        Set<Long> children = myPupils.toChooseFrom().stream().filter(p -> homeClass.equals(p.homeClass()))
                .map(PupilRow::id).collect(Collectors.toSet());
        return query.report(unitId, rating -> children.contains(rating.learnerId()), year, LearningOverview.GROWTH_SCREEN);
    }
}
