package jp.manabiba.tutoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TutoringSessionRepository extends JpaRepository<TutoringSession, Long> {

    @Query("select s from TutoringSession s join s.supporterIds t where t = :supporterId and s.endsAt > :from and s.startsAt < :until order by s.startsAt")
    List<TutoringSession> ofSupporter(long supporterId, Instant from, Instant until);

    @Query("select s from TutoringSession s join s.learnerIds l where l = :learnerId and s.endsAt > :from and s.startsAt < :until order by s.startsAt")
    List<TutoringSession> ofLearner(long learnerId, Instant from, Instant until);

    /** Children enrolled per session: [sessionId, count]. */
    @Query("select s.id, count(l) from TutoringSession s left join s.learnerIds l where s.id in :sessionIds group by s.id")
    List<Object[]> enrolledPerSession(Collection<Long> sessionIds);

    /** Sessions whose end has passed that nobody closed (cancelled ones have no attendance to close). */
    @Query("select s.id from TutoringSession s where s.endedAt is null and s.cancelledReason is null and s.endsAt <= :now order by s.endsAt")
    List<Long> openEndedBy(Instant now);

    @Query("select s from TutoringSession s where s.organisationId in :organisations and s.endsAt > :from and s.startsAt < :until order by s.startsAt")
    List<TutoringSession> ofOrganisations(Collection<Long> organisations, Instant from, Instant until);

    /**
     * [learner id, starts at, attendance state or null] for each ended, not cancelled session of an organisation
     * starting in [from, until) that these children were enrolled in: one query for a year of a whole organisation.
     */
    @Query("""
            select l, s.startsAt, a.state from TutoringSession s join s.learnerIds l
            left join Attendance a on a.sessionId = s.id and a.learnerId = l
            where s.organisationId = :organisation and l in :learnerIds and s.endedAt is not null
              and s.cancelledReason is null and s.startsAt >= :from and s.startsAt < :until""")
    List<Object[]> heldFor(long organisation, Collection<Long> learnerIds, Instant from, Instant until);

    /** The series whose sessions a learner is enrolled in (any of them, past ones too). */
    @Query("select distinct s.seriesId from TutoringSession s join s.learnerIds l where l = :learnerId and s.seriesId is not null")
    List<Long> seriesOfLearner(long learnerId);

    @Query("select distinct l from TutoringSession s join s.learnerIds l where s.seriesId = :seriesId")
    List<Long> learnersOfSeries(long seriesId);

    @Query("select count(s) > 0 from TutoringSession s join s.supporterIds t where s.seriesId = :seriesId and t = :supporterId")
    boolean seriesTutoredBy(long seriesId, long supporterId);

    /** The series with a session a supporter tutors. */
    @Query("select distinct s.seriesId from TutoringSession s join s.supporterIds t where t = :supporterId and s.seriesId is not null")
    List<Long> seriesOfSupporter(long supporterId);

    /** The supporters of these sessions: [sessionId, supporterId]. */
    @Query("select s.id, t from TutoringSession s join s.supporterIds t where s.id in :sessionIds")
    List<Object[]> supportersPerSession(Collection<Long> sessionIds);

    /** Per supporter, their coming sessions not cancelled nor closed: [supporterId, count, first start]. */
    @Query("""
            select t, count(s), min(s.startsAt) from TutoringSession s join s.supporterIds t
            where t in :supporterIds and s.endsAt > :now and s.cancelledReason is null and s.endedAt is null
            group by t""")
    List<Object[]> comingPerSupporter(Collection<Long> supporterIds, Instant now);

    /** Sessions held per site (null: online) of some organisations: [siteId, count]. */
    @Query("""
            select s.siteId, count(s) from TutoringSession s
            where s.organisationId in :organisations and s.endedAt is not null and s.cancelledReason is null
              and s.startsAt >= :from and s.startsAt < :until group by s.siteId""")
    java.util.List<Object[]> heldPerSite(java.util.Collection<Long> organisations, java.time.Instant from, java.time.Instant until);
}
