package jp.manabiba.tutoring;

import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import jp.manabiba.base.MonthlyRollup;
import jp.manabiba.people.CategoryCount;
import jp.manabiba.people.Participants;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tutoring's outcome figures per organisation and month (Asia/Tokyo, by the session's start), one query each for
 * every organisation and month of a range, for outcomes' dashboard. A session is held once it has ended
 * (its tutor ended it, or {@code SessionClosing} did at its end time) and was not cancelled; only then is its
 * attendance final. Counts only, no child's name leaves here.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SessionFigures {

    static final String HELD = " s.ended_at IS NOT NULL AND s.cancelled_reason IS NULL"
            + " AND s.starts_at >= :fromTime AND s.starts_at < :endTime AND s.organisation_id IN (:organisations) ";
    private static final String MONTH = "DATE_FORMAT(s.starts_at + INTERVAL :offsetMinutes MINUTE, '%Y-%m')";
    static final String ATTENDED = "a.state IN ('JOINED', 'CHECKED_OUT', 'LATE')";

    private static final String SESSIONS = "SELECT s.organisation_id AS org, " + MONTH + " AS ym, COUNT(*) AS n, 0 AS d"
            + " FROM tutoring_session s WHERE" + HELD + "GROUP BY s.organisation_id, " + MONTH + " WITH ROLLUP";
    private static final String CHILDREN = "SELECT s.organisation_id AS org, " + MONTH + " AS ym,"
            + " COUNT(DISTINCT a.learner_id) AS n, 0 AS d"
            + " FROM tutoring_session s JOIN attendance a ON a.session_id = s.id WHERE" + HELD + "AND " + ATTENDED
            + " GROUP BY s.organisation_id, " + MONTH + " WITH ROLLUP";
    private static final String RATE = "SELECT s.organisation_id AS org, " + MONTH + " AS ym,"
            + " SUM(CASE WHEN " + ATTENDED + " THEN 1 ELSE 0 END) AS n, COUNT(*) AS d"
            + " FROM tutoring_session s JOIN attendance a ON a.session_id = s.id WHERE" + HELD
            + "AND a.state IN ('JOINED', 'CHECKED_OUT', 'LATE', 'ABSENT') GROUP BY s.organisation_id, " + MONTH + " WITH ROLLUP";
    private static final String MINUTES_PER_CHILD = "SELECT s.organisation_id AS org, " + MONTH + " AS ym,"
            + " COALESCE(SUM(a.minutes), 0) AS n, COUNT(DISTINCT a.learner_id) AS d"
            + " FROM tutoring_session s JOIN attendance a ON a.session_id = s.id WHERE" + HELD + "AND " + ATTENDED
            + " GROUP BY s.organisation_id, " + MONTH + " WITH ROLLUP";

    /*
     * By the category of the session's supporters: a session with supporters of two categories counts once in each
     * (so the rows can add up to more than the sessions held), once in a category however many of its supporters
     * came, and under no category when nobody was assigned.
     */
    private static final String SESSION_CATEGORIES = "SELECT DISTINCT s.id AS session_id, p.category AS category"
            + " FROM tutoring_session s LEFT JOIN session_supporter ss ON ss.session_id = s.id"
            + " LEFT JOIN supporter p ON p.id = ss.supporter_id WHERE" + HELD;
    private static final String HELD_BY_CATEGORY = "SELECT c.category, COUNT(*) AS n FROM (" + SESSION_CATEGORIES
            + ") c GROUP BY c.category";
    private static final String MINUTES_BY_CATEGORY = "SELECT c.category, COALESCE(SUM(a.minutes), 0) AS n FROM ("
            + SESSION_CATEGORIES + ") c JOIN attendance a ON a.session_id = c.session_id AND " + ATTENDED
            + " GROUP BY c.category";

    private final MonthlyRollup rollup;
    private final Participants participants;
    private final TutoringSessionRepository sessions;

    SessionFigures(MonthlyRollup rollup, Participants participants, TutoringSessionRepository sessions) {
        this.rollup = rollup;
        this.participants = participants;
        this.sessions = sessions;
    }

    /** Sessions held. */
    @Transactional(readOnly = true)
    public List<MonthlyCount> held(Collection<Long> organisations, MonthRange range) {
        return rollup.run(SESSIONS, managed(organisations), range);
    }

    /** Children who attended a held session (a period counts each child once per organisation). */
    @Transactional(readOnly = true)
    public List<MonthlyCount> childrenAttending(Collection<Long> organisations, MonthRange range) {
        return rollup.run(CHILDREN, managed(organisations), range);
    }

    /** Attended places ({@code count}) of the places expected at held sessions ({@code base}). */
    @Transactional(readOnly = true)
    public List<MonthlyCount> attendance(Collection<Long> organisations, MonthRange range) {
        return rollup.run(RATE, managed(organisations), range);
    }

    /** Minutes attended ({@code count}) and the children who attended ({@code base}). */
    @Transactional(readOnly = true)
    public List<MonthlyCount> minutesPerChild(Collection<Long> organisations, MonthRange range) {
        return rollup.run(MINUTES_PER_CHILD, managed(organisations), range);
    }

    /** Sessions held per site (the online ones without a site), largest first: where the programme happens. */
    @Transactional(readOnly = true)
    public List<SiteCount> heldPerSite(Collection<Long> organisations, MonthRange range) {
        List<Long> managed = managed(organisations);
        if (managed.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = sessions.heldPerSite(managed, range.startUtc().toInstant(java.time.ZoneOffset.UTC),
                range.endUtc().toInstant(java.time.ZoneOffset.UTC));
        java.util.Map<Long, String> names = participants.siteNames(rows.stream().map(r -> (Long) r[0])
                .filter(java.util.Objects::nonNull).toList());
        return rows.stream().map(r -> new SiteCount((Long) r[0], r[0] == null ? "" : names.getOrDefault((Long) r[0], ""),
                        ((Number) r[1]).longValue()))
                .sorted(java.util.Comparator.comparingLong(SiteCount::sessions).reversed().thenComparing(SiteCount::site))
                .toList();
    }

    /** Sessions held per category of their supporters (one statement; see the rule above the SQL). */
    @Transactional(readOnly = true)
    public List<CategoryCount> heldByCategory(Collection<Long> organisations, MonthRange range) {
        return rollup.rows(HELD_BY_CATEGORY, managed(organisations), range, SessionFigures::categoryCount);
    }

    /**
     * Minutes children attended held sessions, per category of the session's supporters (one statement): the hours
     * of support each category gave. Minutes, not children: no child is counted by category.
     */
    @Transactional(readOnly = true)
    public List<CategoryCount> minutesByCategory(Collection<Long> organisations, MonthRange range) {
        return rollup.rows(MINUTES_BY_CATEGORY, managed(organisations), range, SessionFigures::categoryCount);
    }

    private static CategoryCount categoryCount(java.sql.ResultSet row, int i) throws java.sql.SQLException {
        String category = row.getString("category");
        return new CategoryCount(category == null ? null : SupporterCategory.valueOf(category), row.getLong("n"));
    }

    private List<Long> managed(Collection<Long> organisations) {
        return MonthlyRollup.managedOf(organisations, participants.managedOrganisations());
    }
}
