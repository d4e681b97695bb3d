package jp.manabiba.training.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import jp.manabiba.base.ui.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The coordinator's training list and the administrator's modules and tracks in the menu. */
@Configuration
class CoordinationNavigation {

    @Bean
    NavigationEntry coordinationOverviewEntry() {
        return new NavigationEntry(24, TrainingOverviewView.class, "coord.overview.title", VaadinIcon.CLIPBOARD_CHECK)
                .in(NavigationGroup.TRAINING);
    }

    @Bean
    NavigationEntry coordinationTracksEntry() {
        return new NavigationEntry(52, TracksView.class, "coord.tracks.title", VaadinIcon.LIST_OL)
                .in(NavigationGroup.TRAINING);
    }
}
