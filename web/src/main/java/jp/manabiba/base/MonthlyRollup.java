package jp.manabiba.base;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.manabiba.i18n.ProgrammeZone;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs one figure's SQL for every organisation and month of a range and reads its rows. The SQL groups by
 * {@code org, ym} {@code WITH ROLLUP} and selects {@code org, ym ('YYYY-MM'), n, d}; it may use
 * {@code :organisations}, {@code :fromDate}/{@code :endDate} (DATE columns, end exclusive),
 * {@code :fromTime}/{@code :endTime} (DATETIME columns in UTC, end exclusive) and {@code :offsetMinutes} (add to a
 * UTC time to get Tokyo's wall clock: Japan has had no daylight saving time since 1951, so one offset holds).
 * Callers are the features' own figure services, which check who asks; this only runs what they wrote.
 */
@Component
public class MonthlyRollup {

    private final NamedParameterJdbcTemplate jdbc;

    MonthlyRollup(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<MonthlyCount> run(String sql, Collection<Long> organisations, MonthRange range) {
        return run(sql, organisations, range, Map.of());
    }

    /**
     * Runs {@code sql} for those of the {@code asked} organisations that are in {@code managed}: the organisations
     * the caller manages, as the calling feature's access rule says (base cannot ask people).
     */
    public List<MonthlyCount> runManaged(String sql, Collection<Long> asked, Collection<Long> managed, MonthRange range) {
        return run(sql, managedOf(asked, managed), range);
    }

    /** Those of the {@code asked} organisations that are in {@code managed}, in the asked order. */
    public static List<Long> managedOf(Collection<Long> asked, Collection<Long> managed) {
        return asked.stream().filter(managed::contains).toList();
    }

    public List<MonthlyCount> run(String sql, Collection<Long> organisations, MonthRange range, Map<String, ?> more) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource parameters = parameters(organisations, range).addValues(more);
        return jdbc.query(sql, parameters, (row, i) -> {
            long organisation = row.getLong("org");
            Long org = row.wasNull() ? null : organisation;
            String month = row.getString("ym");
            return new MonthlyCount(org, month == null ? null : YearMonth.parse(month), row.getLong("n"), row.getLong("d"));
        });
    }

    /**
     * Runs a figure's SQL that is not grouped by month (a breakdown of the whole range, e.g. by supporter category)
     * with the same parameters as {@link #run}; nothing for no organisation.
     */
    public <T> List<T> rows(String sql, Collection<Long> organisations, MonthRange range, RowMapper<T> mapper) {
        return organisations.isEmpty() ? List.of() : jdbc.query(sql, parameters(organisations, range), mapper);
    }

    private static MapSqlParameterSource parameters(Collection<Long> organisations, MonthRange range) {
        return new MapSqlParameterSource()
                .addValue("organisations", organisations)
                .addValue("fromDate", range.firstDay())
                .addValue("endDate", range.endDay())
                .addValue("fromTime", range.startUtc())
                .addValue("endTime", range.endUtc())
                .addValue("offsetMinutes", ProgrammeZone.TOKYO.getRules().getOffset(range.firstDay().atStartOfDay())
                        .getTotalSeconds() / 60);
    }
}
