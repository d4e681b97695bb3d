package jp.manabiba;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production profile seeds nothing and will not quietly run on the embedded database. */
class ProductionProfileTest {

    @Test
    void production_refuses_the_embedded_database_unless_told_explicitly() {
        assertThatThrownBy(() -> production().run(ARGUMENTS).close())
                .hasStackTraceContaining("The production profile needs an external MariaDB");
    }

    @Test
    void production_seeds_nothing() {
        try (ConfigurableApplicationContext app = production()
                .run(append(ARGUMENTS, "--manabiba.db.embedded.allow-in-production=true"))) {
            Integer accounts = app.getBean(JdbcTemplate.class).queryForObject("select count(*) from account", Integer.class);
            assertThat(accounts).isZero();
        }
    }

    /** Its own schema on the suite's embedded server, so it starts from empty; given as a user would give them. */
    private static final String[] ARGUMENTS = {"--server.port=0", "--manabiba.db.embedded.database=manabiba_production_test"};

    private static SpringApplicationBuilder production() {
        return new SpringApplicationBuilder(Application.class).profiles("production");
    }

    private static String[] append(String[] arguments, String argument) {
        String[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = argument;
        return all;
    }
}
