package jp.manabiba.training;

import java.util.List;
import java.util.Optional;

import jp.manabiba.people.SupporterCategory;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingTrackRepository extends JpaRepository<TrainingTrack, Long> {

    @Query("select t from TrainingTrack t where t.organisationId is null and t.category = ?1")
    Optional<TrainingTrack> networkTrack(SupporterCategory category);

    Optional<TrainingTrack> findByOrganisationIdAndCategory(long organisationId, SupporterCategory category);

    /** The track in force for a supporter: the organisation's own, else the network's. */
    default Optional<TrainingTrack> inForce(long organisationId, SupporterCategory category) {
        return findByOrganisationIdAndCategory(organisationId, category).or(() -> networkTrack(category));
    }

    List<TrainingTrack> findByOrganisationIdIsNullOrOrganisationIdIn(List<Long> organisationIds);

    /** Whether any track, the network's or an organisation's, still lists the module. */
    @Query("select count(t) > 0 from TrainingTrack t join t.entries e where e.moduleId = ?1")
    boolean anyListing(long moduleId);
}
