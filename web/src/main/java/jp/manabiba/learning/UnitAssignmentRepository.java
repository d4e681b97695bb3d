package jp.manabiba.learning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitAssignmentRepository extends JpaRepository<UnitAssignment, Long> {

    Optional<UnitAssignment> findByUnitIdAndLearnerId(String unitId, long learnerId);

    Optional<UnitAssignment> findByUnitIdAndSeriesId(String unitId, long seriesId);

    /** A child's assignments: to them, or to a series they are enrolled in; oldest first. */
    @Query("select a from UnitAssignment a where a.learnerId = :learnerId or a.seriesId in :seriesIds order by a.assignedAt, a.id")
    List<UnitAssignment> ofLearner(long learnerId, Collection<Long> seriesIds);

    List<UnitAssignment> findByUnitIdAndOrganisationIdIn(String unitId, Collection<Long> organisationIds);

    List<UnitAssignment> findByUnitIdAndLearnerIdIn(String unitId, Collection<Long> learnerIds);

    List<UnitAssignment> findByUnitIdAndSeriesIdIn(String unitId, Collection<Long> seriesIds);
}
