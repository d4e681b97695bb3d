package jp.manabiba.tutoring.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TutoringNavigation {

    @Bean
    NavigationEntry sessionsEntry() {
        return new NavigationEntry(19, SessionsView.class, "sessions.page-title", VaadinIcon.CALENDAR_CLOCK);
    }
}
