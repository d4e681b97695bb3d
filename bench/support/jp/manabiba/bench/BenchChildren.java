package jp.manabiba.bench;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Children for a benchmark, straight into the tables: an account each (the demo password, so they sign in
 * through the form), a learner in the demo child's household, grades P1-P6 and J1-J3 in turn, furigana by grade.
 */
public final class BenchChildren {

    public static final String PASSWORD = "manabiba-demo";
    private static final String[] GRADES = {"P1", "P2", "P3", "P4", "P5", "P6", "J1", "J2", "J3"};

    private BenchChildren() {
    }

    /** Creates {@code count} children named {@code prefix1..prefixN}; returns their learner ids in that order. */
    public static List<Long> create(JdbcTemplate jdbc, String prefix, int count) {
        String hash = jdbc.queryForObject("select password_hash from account where username = 'learner'", String.class);
        Long household = jdbc.queryForObject("""
                select l.household_id from learner l join account a on a.id = l.account_id where a.username = 'learner'""",
                Long.class);
        for (int i = 1; i <= count; i++) {
            jdbc.update("""
                    insert into account (username, display_name, password_hash, locale, enabled, created_at)
                    values (?, ?, ?, 'ja', true, utc_timestamp(6))""", prefix + i, "ベンチ " + i, hash);
            jdbc.update("insert into account_role (account_id, role) select id, 'LEARNER' from account where username = ?",
                    prefix + i);
            jdbc.update("""
                    insert into learner (household_id, family_name, given_name, family_name_kana, given_name_kana, grade,
                                         furigana, account_id, created_at)
                    select ?, 'ベンチ', ?, 'べんち', 'こ', ?, 'GRADE', id, utc_timestamp(6) from account where username = ?""",
                    household, String.valueOf(i), GRADES[(i - 1) % GRADES.length], prefix + i);
        }
        return jdbc.queryForList("""
                select l.id from learner l join account a on a.id = l.account_id where a.username like ?
                order by cast(substring(a.username, ?) as unsigned)""", Long.class, prefix + "%", prefix.length() + 1);
    }

    /** The account id of a user name. */
    public static long account(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }
}
