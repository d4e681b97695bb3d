package jp.manabiba;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
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
// An app on the Chromebook's shelf: one tap instead of an address. Vaadin serves the manifest and the icons it makes
// from META-INF/resources/icons/icon.png; base.InstalledApp serves the service worker and the offline page.
@PWA(name = Application.NAME, shortName = Application.NAME, description = "学び場 Manabiba",
        themeColor = Application.THEME_COLOR, backgroundColor = "#ffffff", display = "standalone")
public class Application implements AppShellConfigurator {

    /** The programme's name (学び場, "a place to learn"), as the installed app shows it. */
    public static final String NAME = "学び場";
    /** The icon's blue, also the installed app's title bar. */
    public static final String THEME_COLOR = "#1565c0";

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
