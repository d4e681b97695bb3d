package jp.manabiba.assignments;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AssignmentFileRepository extends JpaRepository<AssignmentFile, Long> {

    /** What the screens show of files, without their bytes. */
    @Query("""
            select new jp.manabiba.assignments.AnswerFile(f.id, f.fileName, f.mediaType, f.sizeBytes, f.thumbnail is not null)
            from AssignmentFile f where f.id in :ids""")
    List<AnswerFile> refs(Collection<Long> ids);

    /** The submission a file belongs to: whose it is. */
    @Query("select f.submissionId from AssignmentFile f where f.id = :id")
    Optional<Long> submissionOf(long id);

    @Query("select f.fileName, f.mediaType, f.content from AssignmentFile f where f.id = :id")
    List<Object[]> content(long id);

    @Query("select f.fileName, f.thumbnail from AssignmentFile f where f.id = :id")
    List<Object[]> thumbnail(long id);

    @Modifying(flushAutomatically = true)
    @Query("delete from AssignmentFile f where f.id = :id")
    void deleteFile(long id);
}
