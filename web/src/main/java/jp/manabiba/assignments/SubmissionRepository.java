package jp.manabiba.assignments;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    /** The row locked until commit: saves, submission and reviews of one piece of work happen one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Submission s where s.id = :id")
    Optional<Submission> lockById(long id);

    Optional<Submission> findByAssignmentIdAndLearnerId(long assignmentId, long learnerId);

    List<Submission> findByAssignmentId(long assignmentId);

    /** A child's work by due time (ix_submission_learner_due). */
    List<Submission> findByLearnerIdOrderByDueAtAscIdAsc(long learnerId);

    @Query("select count(s) > 0 from Submission s where s.assignmentId = :assignmentId and s.state <> jp.manabiba.assignments.SubmissionState.NEW")
    boolean anyAnswered(long assignmentId);

    @Query("select s.learnerId from Submission s where s.assignmentId = :assignmentId")
    List<Long> learnersOf(long assignmentId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Submission s set s.dueAt = :dueAt where s.assignmentId = :assignmentId")
    int moveDue(long assignmentId, Instant dueAt);

    /**
     * The review queue, oldest submission first: work set by the reviewer, of their organisations, or of the
     * children they are matched with (sentinel -1 stands for "none"), optionally for some learners only:
     * [submission, assignment title], the title read in the same statement. Submissions are the only table in
     * FROM (the reach of the assignment as a subquery) so that the database walks ix_submission_queue in order and
     * stops at the page's end; a join with assignment made it read and sort every waiting row for each page.
     */
    @Query("""
            select s, (select a.title from Assignment a where a.id = s.assignmentId) from Submission s
            where s.state = jp.manabiba.assignments.SubmissionState.SUBMITTED
            and (s.assignmentId in (select a.id from Assignment a
                   where a.authorAccountId = :author or a.organisationId in :organisations)
                 or s.learnerId in :matched)
            and (:onlyLearners = false or s.learnerId in :learners)
            order by s.submittedAt, s.id""")
    List<Object[]> queue(long author, Collection<Long> organisations, Collection<Long> matched, boolean onlyLearners,
                           Collection<Long> learners, Pageable page);

    @Query("""
            select s from Submission s where s.assignmentId = :assignmentId and s.learnerId in :learners
            order by s.learnerId""")
    List<Submission> ofAssignmentFor(long assignmentId, Collection<Long> learners);

    @Query("select s from Submission s where s.learnerId = :learnerId order by s.dueAt desc")
    List<Submission> ofLearner(long learnerId);

    /** [organisation id, recipients, submitted or later, done, late] of published work due in [from, until). */
    @Query("""
            select a.organisationId, count(s),
              sum(case when s.state in (jp.manabiba.assignments.SubmissionState.SUBMITTED, jp.manabiba.assignments.SubmissionState.DONE) then 1 else 0 end),
              sum(case when s.state = jp.manabiba.assignments.SubmissionState.DONE then 1 else 0 end),
              sum(case when s.late = true then 1 else 0 end)
            from Submission s, Assignment a where a.id = s.assignmentId and a.organisationId in :organisations
            and a.dueAt >= :from and a.dueAt < :until group by a.organisationId""")
    List<Object[]> completionByOrganisation(Collection<Long> organisations, Instant from, Instant until);

    /** [series id, recipients, submitted or later, done, late] of work given to series of these organisations. */
    @Query("""
            select x, count(s),
              sum(case when s.state in (jp.manabiba.assignments.SubmissionState.SUBMITTED, jp.manabiba.assignments.SubmissionState.DONE) then 1 else 0 end),
              sum(case when s.state = jp.manabiba.assignments.SubmissionState.DONE then 1 else 0 end),
              sum(case when s.late = true then 1 else 0 end)
            from Submission s, Assignment a join a.seriesIds x where a.id = s.assignmentId and a.organisationId in :organisations
            and a.dueAt >= :from and a.dueAt < :until group by x""")
    List<Object[]> completionBySeries(Collection<Long> organisations, Instant from, Instant until);

    /** [learner id, recipients, submitted or later, done, late] of one organisation's work due in [from, until), per child. */
    @Query("""
            select s.learnerId, count(s),
              sum(case when s.state in (jp.manabiba.assignments.SubmissionState.SUBMITTED, jp.manabiba.assignments.SubmissionState.DONE) then 1 else 0 end),
              sum(case when s.state = jp.manabiba.assignments.SubmissionState.DONE then 1 else 0 end),
              sum(case when s.late = true then 1 else 0 end)
            from Submission s, Assignment a where a.id = s.assignmentId and a.organisationId = :organisation
            and s.learnerId in :learnerIds and a.dueAt >= :from and a.dueAt < :until group by s.learnerId""")
    List<Object[]> completionByLearner(long organisation, Collection<Long> learnerIds, Instant from, Instant until);


    /** The children's work for a session: given to its series or to the child, due at or after its start. */
    @Query("""
            select s from Submission s where s.learnerId in :learnerIds and s.dueAt >= :startsAt and (
              exists (select 1 from Assignment a join a.seriesIds x where a.id = s.assignmentId and x = :seriesId)
              or exists (select 1 from Assignment a join a.learnerIds l where a.id = s.assignmentId and l = s.learnerId))""")
    List<Submission> forSession(Collection<Long> learnerIds, Instant startsAt, long seriesId);
    /** How many children have each of these assignments: (assignment id, count) pairs, one query for a library page. */
    @Query("select s.assignmentId, count(s) from Submission s where s.assignmentId in :assignmentIds group by s.assignmentId")
    List<Object[]> countByAssignment(Collection<Long> assignmentIds);
}
