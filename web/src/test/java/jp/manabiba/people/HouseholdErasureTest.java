package jp.manabiba.people;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.manabiba.audit.AuditLog;
import jp.manabiba.security.AccountProvisioning;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** After the retention period, erasure really deletes a household's personal data; the audit keeps a number. */
@ManabibaTest
class HouseholdErasureTest {

    private static final String MARKER = "消去確認ヤマモト";

    @Autowired
    ApplicationContext context;
    @Autowired
    HouseholdRepository households;
    @Autowired
    LearnerRepository learners;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nothing_personal_remains_after_erasure() {
        PeopleFixture f = new PeopleFixture(context, "erasure");
        Acting acting = new Acting(context);
        HouseholdRecords records = context.getBean(HouseholdRecords.class);
        LearnerRecords learnerRecords = context.getBean(LearnerRecords.class);
        long household = acting.as(f.coordinatorA, () -> {
            long id = records.create(f.organisationA, PeopleFixture.household(MARKER, "やまもと"));
            records.addGuardian(id, new GuardianDetails(MARKER, "花子", "母", "072-600-1234", "yamamoto@example.jp", HomeLanguage.JA));
            records.recordConsent(id, ConsentPurpose.LEARNING_SUPPORT, true, MARKER + " 花子", ConsentMethod.PAPER, LocalDate.of(2026, 4, 1));
            long child = learnerRecords.add(id, PeopleFixture.child(MARKER, "やまもと", f.school));
            learnerRecords.createLocalAccount(child, "erasure-child");
            records.remove(id);
            return id;
        });
        assertThat(textsContaining(MARKER)).isNotEmpty();

        HouseholdErasure erasure = new HouseholdErasure(households, learners, context.getBean(AccountProvisioning.class),
                context.getBean(AuditLog.class), context.getBean(SystemAccess.class),
                context.getBean(TransactionTemplate.class), context.getBean(Clock.class), Duration.ZERO);
        erasure.eraseExpired();

        assertThat(textsContaining(MARKER)).isEmpty();
        assertThat(textsContaining("yamamoto@example.jp")).isEmpty();
        assertThat(textsContaining("erasure-child")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from household where id = ?", Integer.class, household)).isZero();
        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'household' and record_id = ?",
                String.class, household)).contains("ERASE");
    }

    /** Every text column of every table that holds the value: a search of the whole database. */
    private List<String> textsContaining(String value) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = database() and data_type in ('varchar', 'text', 'char', 'longtext', 'mediumtext')""");
        return columns.stream()
                .filter(c -> jdbc.queryForObject("select count(*) from `" + c.get("TABLE_NAME") + "` where `"
                        + c.get("COLUMN_NAME") + "` like ?", Integer.class, "%" + value + "%") > 0)
                .map(c -> c.get("TABLE_NAME") + "." + c.get("COLUMN_NAME"))
                .toList();
    }
}
