package jp.manabiba.learning;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelfRatingRepository extends JpaRepository<SelfRating, Long> {

    List<SelfRating> findByLearnerIdAndUnitId(long learnerId, String unitId);

    List<SelfRating> findByUnitIdAndLearnerIdIn(String unitId, Collection<Long> learnerIds);

    List<SelfRating> findByUnitIdAndOrganisationIdIn(String unitId, Collection<Long> organisationIds);
}
