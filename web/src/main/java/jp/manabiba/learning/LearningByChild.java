package jp.manabiba.learning;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.curriculum.unit.Lesson;
import jp.manabiba.curriculum.unit.Reflection;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.OrganisationLearners;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children's ESD work per child for one organisation the caller coordinates and one fiscal year, as a research
 * export needs it: one query per dataset, whatever the number of children. Children not of the organisation are
 * dropped from the list asked for. Not audited here: the caller audits the export it writes.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class LearningByChild {

    static final String SCREEN = "research";

    private final SelfRatingRepository ratings;
    private final LessonProgressRepository progress;
    private final ActivityAnswerRepository answers;
    private final UnitLibrary library;
    private final LearningAccess access;
    private final OrganisationLearners organisationLearners;

    LearningByChild(SelfRatingRepository ratings, LessonProgressRepository progress, ActivityAnswerRepository answers,
                    UnitLibrary library, LearningAccess access, OrganisationLearners organisationLearners) {
        this.ratings = ratings;
        this.progress = progress;
        this.answers = answers;
        this.library = library;
        this.access = access;
        this.organisationLearners = organisationLearners;
    }

    /** Before/after per unit and ability, placed in a fiscal year as {@link GrowthFigures} places them. */
    @Transactional(readOnly = true)
    public List<RatingPair> ratings(long organisationId, Collection<Long> learnerIds, FiscalYear year) {
        Set<Long> children = children(organisationId, learnerIds);
        if (children.isEmpty()) {
            return List.of();
        }
        Map<String, List<SelfRating>> perChildUnit = ratings.findByOrganisationIdAndLearnerIdIn(organisationId, children)
                .stream().collect(Collectors.groupingBy(r -> r.learnerId() + "/" + r.unitId(), TreeMap::new, Collectors.toList()));
        return perChildUnit.values().stream().filter(own -> year.contains(GrowthQuery.yearDay(own)))
                .flatMap(own -> own.stream().map(SelfRating::ability).distinct().sorted()
                        .map(ability -> new RatingPair(own.getFirst().learnerId(), own.getFirst().unitId(), ability,
                                level(own, ability, RatingMoment.START), level(own, ability, RatingMoment.END))))
                .toList();
    }

    /** Units a child opened or finished a lesson of in the year, with lessons finished and the month of completion. */
    @Transactional(readOnly = true)
    public List<UnitProgressRow> units(long organisationId, Collection<Long> learnerIds, FiscalYear year) {
        Set<Long> children = children(organisationId, learnerIds);
        if (children.isEmpty()) {
            return List.of();
        }
        Map<String, List<Object[]>> perChildUnit = progress.progressOf(children).stream()
                .collect(Collectors.groupingBy(r -> r[0] + "/" + r[1], TreeMap::new, Collectors.toList()));
        return perChildUnit.values().stream().filter(rows -> rows.stream().anyMatch(r -> inYear((Instant) r[3], year)
                        || r[4] != null && inYear((Instant) r[4], year)))
                .flatMap(rows -> library.unit((String) rows.getFirst()[1]).map(unit -> progress(unit, rows, year)).stream())
                .toList();
    }

    /** The children's written reflections saved in the year (free text: the caller includes them only once reviewed). */
    @Transactional(readOnly = true)
    public List<ReflectionEntry> reflections(long organisationId, Collection<Long> learnerIds, FiscalYear year) {
        Set<Long> children = children(organisationId, learnerIds);
        if (children.isEmpty()) {
            return List.of();
        }
        return answers.answersOf(children, Reflection.KIND, start(year), start(new FiscalYear(year.year() + 1))).stream()
                .map(r -> new ReflectionEntry((Long) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    private Set<Long> children(long organisationId, Collection<Long> learnerIds) {
        if (!access.scope().organisations().contains(organisationId)) {
            throw access.refused("organisation", organisationId, SCREEN);
        }
        Set<Long> ofOrganisation = organisationLearners.ids(organisationId);
        return learnerIds.stream().filter(ofOrganisation::contains).collect(Collectors.toSet());
    }

    private static UnitProgressRow progress(Unit unit, List<Object[]> rows, FiscalYear year) {
        Map<String, Instant> finished = new TreeMap<>();
        rows.stream().filter(r -> r[4] != null).forEach(r -> finished.put((String) r[2], (Instant) r[4]));
        List<String> offered = unit.activeLessons().stream().map(Lesson::id).toList();
        int done = (int) offered.stream().filter(finished::containsKey).count();
        YearMonth completedIn = done < offered.size() || offered.isEmpty() ? null
                : offered.stream().map(finished::get).max(Comparator.naturalOrder())
                .filter(last -> inYear(last, year)).map(last -> YearMonth.from(last.atZone(ProgrammeZone.TOKYO))).orElse(null);
        return new UnitProgressRow((Long) rows.getFirst()[0], unit.id(), done, offered.size(), completedIn);
    }

    private static @Nullable Integer level(List<SelfRating> own, String ability, RatingMoment moment) {
        return own.stream().filter(r -> r.ability().equals(ability) && r.moment() == moment).map(SelfRating::level)
                .findFirst().orElse(null);
    }

    private static boolean inYear(Instant at, FiscalYear year) {
        return year.contains(at.atZone(ProgrammeZone.TOKYO).toLocalDate());
    }

    private static Instant start(FiscalYear year) {
        return year.firstDay().atStartOfDay(ProgrammeZone.TOKYO).toInstant();
    }
}
