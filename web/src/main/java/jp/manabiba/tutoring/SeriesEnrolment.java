package jp.manabiba.tutoring;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.Participants;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is enrolled in a series, for features that give work to a whole series (learning's units). A child is
 * enrolled in a series when they are enrolled in any of its sessions. Answers only about a series the caller runs
 * or coordinates, and as if it did not exist otherwise; the asking feature makes its own refusal.
 */
@Service
public class SeriesEnrolment {

    private final TutoringSessionRepository sessions;
    private final SessionSeriesRepository series;
    private final Participants participants;

    SeriesEnrolment(TutoringSessionRepository sessions, SessionSeriesRepository series, Participants participants) {
        this.sessions = sessions;
        this.series = series;
        this.participants = participants;
    }

    /** The series the signed-in child is enrolled in. */
    @RolesAllowed(Roles.LEARNER)
    @Transactional(readOnly = true)
    public Set<Long> mySeries() {
        return participants.myLearnerId().map(learner -> Set.copyOf(sessions.seriesOfLearner(learner))).orElse(Set.of());
    }

    /** The organisation of a series the caller coordinates or tutors sessions of. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
    @Transactional(readOnly = true)
    public Optional<Long> organisationOfManagedSeries(long seriesId) {
        return series.findById(seriesId).map(SessionSeries::organisationId).filter(organisation ->
                participants.managedOrganisations().contains(organisation)
                        || participants.mySupporterId().map(me -> sessions.seriesTutoredBy(seriesId, me)).orElse(false));
    }

    /** The titles of those of the series whose organisation the caller coordinates (others are left out). */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<Long, String> titlesOfCoordinated(Collection<Long> seriesIds) {
        List<Long> managed = participants.managedOrganisations();
        return series.findAllById(seriesIds).stream().filter(s -> managed.contains(s.organisationId()))
                .collect(Collectors.toMap(SessionSeries::id, SessionSeries::title));
    }

    /** The children enrolled in a series the caller coordinates or tutors; none for any other. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
    @Transactional(readOnly = true)
    public List<Long> learnersOf(long seriesId) {
        return organisationOfManagedSeries(seriesId).isPresent() ? sessions.learnersOfSeries(seriesId) : List.of();
    }

    /** The series the caller coordinates or tutors sessions of, by title: what units can be given to. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
    @Transactional(readOnly = true)
    public List<SeriesOption> managedSeries() {
        java.util.Map<Long, SessionSeries> found = new java.util.HashMap<>();
        series.findByOrganisationIdIn(withNone(participants.managedOrganisations())).forEach(s -> found.put(s.id(), s));
        participants.mySupporterId().ifPresent(me -> series.findAllById(sessions.seriesOfSupporter(me))
                .forEach(s -> found.put(s.id(), s)));
        return found.values().stream().map(s -> new SeriesOption(s.id(), s.organisationId(), s.title()))
                .sorted(java.util.Comparator.comparing(SeriesOption::title).thenComparingLong(SeriesOption::id)).toList();
    }

    /** JPQL's "in ()" needs at least one value: -1 is no organisation. */
    private static java.util.Collection<Long> withNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
