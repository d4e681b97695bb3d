package jp.manabiba.assignments;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is enrolled in a session series, read from tutoring's tables. Enrolment is per session there, so a series'
 * children are those of any of its sessions: a child enrolled today in next week's date belongs to it. Read-only
 * SQL rather than a tutoring service because these answers feed rules that the assignments policy applies itself,
 * also for a signed-in child, to whom tutoring's services say nothing about other children.
 */
@Component
class SeriesMembership {

    private final JdbcClient jdbc;

    SeriesMembership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> learnersOf(long seriesId) {
        return Set.copyOf(jdbc.sql("""
                select distinct sl.learner_id from session_learner sl join tutoring_session s on s.id = sl.session_id
                where s.series_id = ?""").param(seriesId).query(Long.class).list());
    }

    Set<Long> seriesOf(long learnerId) {
        return Set.copyOf(jdbc.sql("""
                select distinct s.series_id from session_learner sl join tutoring_session s on s.id = sl.session_id
                where sl.learner_id = ? and s.series_id is not null""").param(learnerId).query(Long.class).list());
    }

    Optional<Long> organisationOf(long seriesId) {
        return jdbc.sql("select organisation_id from session_series where id = ?").param(seriesId)
                .query(Long.class).optional();
    }

    /** True when the supporter tutors at least one session of the series. */
    boolean tutoredBy(long seriesId, long supporterId) {
        return jdbc.sql("""
                select count(*) from session_supporter ss join tutoring_session s on s.id = ss.session_id
                where s.series_id = ? and ss.supporter_id = ?""").param(seriesId).param(supporterId)
                .query(Long.class).single() > 0;
    }

    Map<Long, String> titles(Collection<Long> seriesIds) {
        if (seriesIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> titles = new HashMap<>();
        jdbc.sql("select id, title from session_series where id in (:ids)").param("ids", List.copyOf(seriesIds))
                .query((rs, row) -> titles.put(rs.getLong(1), rs.getString(2))).list();
        return titles;
    }

    static Set<Long> union(Set<Long> a, Set<Long> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
