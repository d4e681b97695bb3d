package jp.manabiba.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.curriculum.unit.EsdAbility;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child rates themselves on the ESD abilities a unit targets, at its start and at its end, 1 できない to
 * 4 よくできる; rating a moment again replaces the earlier answer. The organisation stored with it is the
 * assignment's, for the coordinators' figures.
 */
@Service
@RolesAllowed(Roles.LEARNER)
public class SelfRatings {

    static final String SCREEN = "self-rating";

    private final AssignedUnits assigned;
    private final SelfRatingRepository ratings;
    private final LearningAccess access;
    private final Clock clock;

    SelfRatings(AssignedUnits assigned, SelfRatingRepository ratings, LearningAccess access, Clock clock) {
        this.assigned = assigned;
        this.ratings = ratings;
        this.access = access;
        this.clock = clock;
    }

    /** The abilities to rate (the unit's) with the child's current answers for the moment (absent: not yet). */
    @Transactional(readOnly = true)
    public Map<EsdAbility, Integer> mine(String unitId, RatingMoment moment) {
        long me = access.myLearner();
        Unit unit = assigned.require(me, unitId, SCREEN).unit();
        Map<EsdAbility, Integer> levels = new EnumMap<>(EsdAbility.class);
        ratings.findByLearnerIdAndUnitId(me, unitId).stream().filter(r -> r.moment() == moment)
                .forEach(r -> EsdAbility.byId(r.ability()).filter(unit.abilities()::contains)
                        .ifPresent(ability -> levels.put(ability, r.level())));
        return levels;
    }

    /** The abilities a unit asks the child to rate, in the unit's order. */
    @Transactional(readOnly = true)
    public List<EsdAbility> abilities(String unitId) {
        return assigned.require(access.myLearner(), unitId, SCREEN).unit().abilities();
    }

    /** Rates every ability of the unit at once (the screen asks them all); each level 1-4. Returns when it was kept. */
    @Transactional
    public Instant rate(String unitId, RatingMoment moment, Map<EsdAbility, Integer> levels) {
        long me = access.myLearner();
        AssignedUnits.Given given = assigned.require(me, unitId, SCREEN);
        for (EsdAbility ability : given.unit().abilities()) {
            Integer level = levels.get(ability);
            if (level == null) {
                throw new InvalidInput(ability.id(), "learning.error.rate-every-ability");
            }
            if (level < SelfRating.LOWEST || level > SelfRating.HIGHEST) {
                throw new InvalidInput(ability.id(), "learning.error.level", SelfRating.LOWEST, SelfRating.HIGHEST);
            }
        }
        if (!given.unit().abilities().containsAll(levels.keySet())) {
            EsdAbility stray = levels.keySet().stream().filter(a -> !given.unit().abilities().contains(a)).findFirst().orElseThrow();
            throw new InvalidInput(stray.id(), "learning.error.not-this-units-ability");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long organisation = given.assignment().organisationId();
        // in the key's order: a second tab waiting on the first row does not hold the gaps the first tab inserts into
        given.unit().abilities().stream().sorted(Comparator.comparing(EsdAbility::id)).forEach(ability ->
                ratings.insertIfAbsent(me, organisation, unitId, moment.name(), ability.id(), levels.get(ability), now));
        for (SelfRating rating : ratings.lock(me, unitId, moment)) {
            EsdAbility.byId(rating.ability()).filter(levels::containsKey)
                    .ifPresent(ability -> rating.rate(levels.get(ability), now)); // rating again replaces
        }
        ratings.flush();
        return now;
    }
}
