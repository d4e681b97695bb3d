package jp.manabiba.training.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The supporter's menu entry わたしの研修, shown to whoever may open it (tutors and volunteers). */
@Configuration
class StudyNavigation {

    @Bean
    NavigationEntry myTrainingEntry() {
        return new NavigationEntry(16, MyTrainingView.class, "training.my.menu", VaadinIcon.ACADEMY_CAP);
    }
}
