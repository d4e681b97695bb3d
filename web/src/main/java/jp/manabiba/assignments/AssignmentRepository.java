package jp.manabiba.assignments;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByAuthorAccountIdOrderByCreatedAtDesc(long authorAccountId);

    /** Published work given to one of these series that is not yet due: children enrolled later get it too. */
    @Query("select distinct a from Assignment a join a.seriesIds s where s in :series and a.state = jp.manabiba.assignments.AssignmentState.PUBLISHED and a.dueAt > :now")
    List<Assignment> openForSeries(Collection<Long> series, Instant now);

    @Query("select a.id, a.title from Assignment a where a.id in :ids")
    List<Object[]> titles(Collection<Long> ids);

    /** Published work of these organisations given to series, due in [from, until) and still open at {@code now}. */
    @Query("select distinct a from Assignment a join a.seriesIds s where a.organisationId in :organisations and a.state = jp.manabiba.assignments.AssignmentState.PUBLISHED and a.dueAt >= :from and a.dueAt < :until and a.dueAt > :now")
    List<Assignment> openSeriesWorkOf(Collection<Long> organisations, Instant from, Instant until, Instant now);
}
