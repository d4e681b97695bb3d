package jp.manabiba.persistence;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jp.manabiba.security.Account;
import jp.manabiba.security.Role;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What Manabiba needs of its database, run against each database it supports: the embedded MariaDB and an
 * external MariaDB server. The Spring context starting at all proves Hibernate validated the schema.
 */
abstract class DatabaseContract {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void every_migration_ran_from_empty_and_none_is_pending() {
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied).isNotEmpty().allMatch(migration -> migration.getState() == MigrationState.SUCCESS);
        assertThat(applied[0].getVersion().getVersion()).isEqualTo("001");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void tables_are_innodb_and_utf8mb4() {
        var engines = jdbc.queryForList("""
                select distinct engine, table_collation from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'""");

        assertThat(engines).allSatisfy(row -> {
            assertThat(row.get("engine")).isEqualTo("InnoDB");
            assertThat((String) row.get("table_collation")).startsWith("utf8mb4_");
        });
    }

    @Test
    void kanji_kana_and_emoji_round_trip_through_an_entity() {
        String name = "髙橋 ひなた🌸（ハナ）";
        Long id = transactions.execute(status -> {
            Account account = new Account("roundtrip-" + getClass().getSimpleName(), name, Set.of(Role.LEARNER), Instant.now());
            entityManager.persist(account);
            return account.id();
        });

        String read = transactions.execute(status -> entityManager.find(Account.class, id).displayName());

        assertThat(read).isEqualTo(name);
    }

    @Test
    void usernames_are_unique_whatever_their_case() {
        String username = "unique-" + getClass().getSimpleName();
        transactions.executeWithoutResult(status ->
                entityManager.persist(new Account(username, "一人目", Set.of(Role.TUTOR), Instant.now())));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            entityManager.persist(new Account(username.toUpperCase(), "二人目", Set.of(Role.TUTOR), Instant.now()));
            entityManager.flush();
        })).hasMessageContaining("uk_account_username");
    }
}
