package jp.manabiba.learning.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import jp.manabiba.base.ui.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The adults' learning screens in the menu: the units to give, and the children's growth. */
@Configuration
class LearningNavigation {

    @Bean
    NavigationEntry unitsEntry() {
        return new NavigationEntry(40, UnitsView.class, "units.title", VaadinIcon.BOOK)
                .in(NavigationGroup.CHILDREN_LEARNING);
    }

    @Bean
    NavigationEntry growthEntry() {
        return new NavigationEntry(41, GrowthView.class, "growth.title", VaadinIcon.TRENDING_UP)
                .in(NavigationGroup.CHILDREN_LEARNING);
    }
}
