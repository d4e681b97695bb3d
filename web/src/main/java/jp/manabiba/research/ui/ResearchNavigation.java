package jp.manabiba.research.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ResearchNavigation {

    @Bean
    NavigationEntry researchEntry() {
        return new NavigationEntry(74, ResearchExportView.class, "research.title", VaadinIcon.FILE_TABLE);
    }
}
