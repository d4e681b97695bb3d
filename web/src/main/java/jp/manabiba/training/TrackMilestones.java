package jp.manabiba.training;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.manabiba.people.Participants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a track changed: the supporters it made trained (a needed module taken out) get their day written down,
 * in two queries for the whole network. Milestones already kept are never moved or removed: a head count once
 * reported stays.
 */
@Component
class TrackMilestones {

    private final StandingQuery standings;
    private final TrainedMilestoneRepository milestones;
    private final Participants participants;
    private final Clock clock;

    TrackMilestones(StandingQuery standings, TrainedMilestoneRepository milestones, Participants participants,
                    Clock clock) {
        this.standings = standings;
        this.milestones = milestones;
        this.participants = participants;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void keepFor(TrainingTrack track) {
        List<Long> organisations = track.organisationId() == null ? participants.managedOrganisations()
                : List.of(track.organisationId());
        List<SupporterStanding> found = standings.ofOrganisations(organisations, Today.of(clock)).stream()
                .filter(s -> s.category() == track.category() && s.trainedOn().isPresent()).toList();
        Set<Long> kept = milestones.findAllById(found.stream().map(SupporterStanding::supporterId).toList()).stream()
                .map(TrainedMilestone::supporterId).collect(Collectors.toSet());
        found.stream().filter(s -> !kept.contains(s.supporterId())).forEach(s -> milestones.save(
                new TrainedMilestone(s.supporterId(), s.category(), s.trainedOn().orElseThrow(), clock.instant())));
    }
}
