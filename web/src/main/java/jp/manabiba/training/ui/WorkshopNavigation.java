package jp.manabiba.training.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import jp.manabiba.base.ui.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The coordinator's workshop and certificate screens. The supporter's sign-up and upload screens have no entry of
 * their own: "My training" links to them.
 */
@Configuration
class WorkshopNavigation {

    @Bean
    NavigationEntry workshopsEntry() {
        return new NavigationEntry(25, WorkshopsView.class, "training.workshops.title", VaadinIcon.GROUP)
                .in(NavigationGroup.TRAINING);
    }

    @Bean
    NavigationEntry approvalsEntry() {
        return new NavigationEntry(26, CertificateApprovalsView.class, "training.approvals.title", VaadinIcon.DIPLOMA)
                .in(NavigationGroup.TRAINING);
    }
}
