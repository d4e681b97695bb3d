package jp.manabiba;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.db.backup.DatabaseMaintenance;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/manabiba.css")
@Meta(name = "color-scheme", content = "light")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (DatabaseMaintenance.requested(args)) { // --backup, --restore=<file>: see README "Backup and restore"
            System.exit(DatabaseMaintenance.run(args));
        }
        SpringApplication.run(Application.class, args);
    }

    /** All time goes through this clock, so tests can set it; Asia/Tokyo is the programme's time zone. */
    @Bean
    Clock clock() {
        return Clock.system(ProgrammeZone.TOKYO);
    }
}
