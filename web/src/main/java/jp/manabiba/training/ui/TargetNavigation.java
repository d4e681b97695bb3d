package jp.manabiba.training.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import jp.manabiba.base.ui.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administrator's training targets, and the coordinators' lookup of a certificate by its code. */
@Configuration
class TargetNavigation {

    @Bean
    NavigationEntry trainingTargetsEntry() {
        return new NavigationEntry(53, TrainingTargetsView.class, "training.target.title", VaadinIcon.FLAG_CHECKERED)
                .in(NavigationGroup.TRAINING);
    }

    @Bean
    NavigationEntry certificateVerifyEntry() {
        return new NavigationEntry(27, CertificateVerifyView.class, "training.verify.title", VaadinIcon.DIPLOMA_SCROLL)
                .in(NavigationGroup.TRAINING);
    }
}
