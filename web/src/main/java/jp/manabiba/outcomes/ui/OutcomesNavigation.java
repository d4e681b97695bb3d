package jp.manabiba.outcomes.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outcome dashboard's menu item; the values and targets screens open from the dashboard. */
@Configuration
class OutcomesNavigation {

    @Bean
    NavigationEntry outcomesEntry() {
        return new NavigationEntry(70, OutcomesView.class, "outcomes.title", VaadinIcon.CHART);
    }
}
