package jp.manabiba.schools.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import jp.manabiba.base.ui.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu items of the schools feature; each shows only to the roles its view admits. */
@Configuration
class SchoolsNavigation {

    @Bean
    NavigationEntry rosterImportEntry() {
        return new NavigationEntry(22, RosterImportView.class, "roster.title", VaadinIcon.UPLOAD)
                .in(NavigationGroup.PEOPLE);
    }

    @Bean
    NavigationEntry schoolsEntry() {
        return new NavigationEntry(23, SchoolsView.class, "schools.title", VaadinIcon.ACADEMY_CAP)
                .in(NavigationGroup.PEOPLE);
    }
}
