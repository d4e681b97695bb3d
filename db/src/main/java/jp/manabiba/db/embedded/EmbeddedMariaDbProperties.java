package jp.manabiba.db.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded database. Its files live in the {@code mariadb} folder of the application's data
 * folder ({@code manabiba.data-dir}, default {@code ./data}), so a restart keeps everything.
 *
 * @param port               TCP port on 127.0.0.1; 0 picks a free one
 * @param database           schema the application uses
 * @param fresh              wipe the database files before the first start in this JVM (tests)
 * @param allowInProduction  the production profile refuses the embedded database unless this is true
 */
@ConfigurationProperties("manabiba.db.embedded")
public record EmbeddedMariaDbProperties(
        @DefaultValue("0") int port,
        @DefaultValue("manabiba") String database,
        @DefaultValue("false") boolean fresh,
        @DefaultValue("false") boolean allowInProduction) {
}
