package jp.manabiba.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application as it runs (embedded MariaDB with the demo data, a real server on a random port) for the
 * benchmarks under bench/: one configuration, so that benchmarks run together share one context and one start.
 * Hibernate's statistics are on for the statement counts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "manabiba.data-dir=target/bench-data",
        "manabiba.db.embedded.fresh=true",
        "manabiba.db.embedded.database=manabiba_bench",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=jp.manabiba.bench.SqlLog",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN"})
public @interface BenchApplication {
}
