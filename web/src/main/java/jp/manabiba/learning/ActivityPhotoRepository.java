package jp.manabiba.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityPhotoRepository extends JpaRepository<ActivityPhoto, Long> {

    Optional<ActivityPhoto> findByLearnerIdAndUnitIdAndActivityId(long learnerId, String unitId, String activityId);

    /** A child's photos of one unit, without their bytes. */
    @Query("""
            select new jp.manabiba.learning.LookAroundPhoto(p.id, p.activityId, p.fileName, p.uploadedAt)
            from ActivityPhoto p where p.learnerId = :learnerId and p.unitId = :unitId""")
    List<LookAroundPhoto> refs(long learnerId, String unitId);

    @Query("select p.learnerId from ActivityPhoto p where p.id = :id")
    Optional<Long> learnerOf(long id);

    @Query("select p.fileName, p.mediaType, p.content from ActivityPhoto p where p.id = :id")
    List<Object[]> content(long id);

    @Query("select p.fileName, p.thumbnail from ActivityPhoto p where p.id = :id")
    List<Object[]> thumbnail(long id);
}
