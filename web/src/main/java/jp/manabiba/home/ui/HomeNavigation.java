package jp.manabiba.home.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The menu items of the homes and the account page; each shows only to the roles its view admits. */
@Configuration
class HomeNavigation {

    @Bean
    NavigationEntry learnerHomeEntry() {
        return new NavigationEntry(10, LearnerHomeView.class, "home.learner.title", VaadinIcon.HOME);
    }

    @Bean
    NavigationEntry supporterHomeEntry() {
        return new NavigationEntry(11, SupporterHomeView.class, "home.supporter.title", VaadinIcon.HOME);
    }

    @Bean
    NavigationEntry teacherHomeEntry() {
        return new NavigationEntry(12, TeacherHomeView.class, "home.teacher.title", VaadinIcon.HOME);
    }

    @Bean
    NavigationEntry coordinatorHomeEntry() {
        return new NavigationEntry(13, CoordinatorHomeView.class, "home.coordinator.title", VaadinIcon.DASHBOARD);
    }

    @Bean
    NavigationEntry adminHomeEntry() {
        return new NavigationEntry(14, AdminHomeView.class, "home.admin.title", VaadinIcon.TOOLS);
    }

    @Bean
    NavigationEntry childSettingsEntry() {
        return new NavigationEntry(899, ChildSettingsView.class, "home.learner.settings", VaadinIcon.COG);
    }

    @Bean
    NavigationEntry myAccountEntry() {
        return new NavigationEntry(900, MyAccountView.class, "account.title", VaadinIcon.USER);
    }
}
