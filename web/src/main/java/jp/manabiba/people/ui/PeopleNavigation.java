package jp.manabiba.people.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import jp.manabiba.base.ui.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu items of the people feature; each shows only to the roles its view admits. */
@Configuration
class PeopleNavigation {

    @Bean
    NavigationEntry householdsEntry() {
        return new NavigationEntry(20, HouseholdsView.class, "households.title", VaadinIcon.HOME_O)
                .in(NavigationGroup.PEOPLE);
    }

    @Bean
    NavigationEntry accountsEntry() {
        return new NavigationEntry(51, AccountsView.class, "accounts.title", VaadinIcon.USERS)
                .in(NavigationGroup.ADMINISTRATION);
    }

    @Bean
    NavigationEntry organisationsEntry() {
        return new NavigationEntry(50, OrganisationsView.class, "organisations.title", VaadinIcon.SITEMAP)
                .in(NavigationGroup.ADMINISTRATION);
    }

    @Bean
    NavigationEntry supportersEntry() {
        return new NavigationEntry(21, SupportersView.class, "supporters.title", VaadinIcon.GROUP)
                .in(NavigationGroup.PEOPLE);
    }
}
