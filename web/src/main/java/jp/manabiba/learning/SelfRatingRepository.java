package jp.manabiba.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SelfRatingRepository extends JpaRepository<SelfRating, Long> {

    List<SelfRating> findByLearnerIdAndUnitId(long learnerId, String unitId);

    List<SelfRating> findByUnitIdAndLearnerIdIn(String unitId, Collection<Long> learnerIds);

    List<SelfRating> findByUnitIdAndOrganisationIdIn(String unitId, Collection<Long> organisationIds);

    /** Every rating these children gave under an organisation's assignments, of every unit: one query. */
    List<SelfRating> findByOrganisationIdAndLearnerIdIn(long organisationId, Collection<Long> learnerIds);

    /** Makes one rating if absent: two tabs rating the same moment at once meet here, not at uk_self_rating. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            insert ignore into self_rating (learner_id, organisation_id, unit_id, moment, ability, level, rated_at, version)
            values (:learnerId, :organisationId, :unitId, :moment, :ability, :level, :now, 0)""", nativeQuery = true)
    int insertIfAbsent(long learnerId, long organisationId, String unitId, String moment, String ability, int level,
                       Instant now);

    /** The ratings of one moment, locked until commit (a locking read also sees what another tab just committed). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SelfRating r where r.learnerId = :learnerId and r.unitId = :unitId and r.moment = :moment")
    List<SelfRating> lock(long learnerId, String unitId, RatingMoment moment);
}
