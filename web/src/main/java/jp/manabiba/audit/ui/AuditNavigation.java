package jp.manabiba.audit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import jp.manabiba.base.ui.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AuditNavigation {

    @Bean
    NavigationEntry auditLogEntry() {
        return new NavigationEntry(60, AuditLogView.class, "audit.title", VaadinIcon.EYE)
                .in(NavigationGroup.ADMINISTRATION);
    }
}
