package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import jp.manabiba.base.ui.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The author's library in the menu, for everyone who sets work (the menu shows it to the view's roles only). */
@Configuration
class AuthoringNavigation {

    @Bean
    NavigationEntry authoringEntry() {
        return new NavigationEntry(30, AssignmentLibraryView.class, "authoring.page-title", VaadinIcon.CLIPBOARD_TEXT)
                .in(NavigationGroup.CHILDREN_LEARNING);
    }
}
