package jp.manabiba.surveys.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationBadge;
import jp.manabiba.base.ui.NavigationEntry;
import jp.manabiba.surveys.SurveyAnswering;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The coordinators' surveys after the figures they report (72); the respondents' 「アンケート」 after their
 * learning entries (45), with the number still to answer beside it: the reminder (docs/surveys.md).
 */
@Configuration
class SurveysNavigation {

    @Bean
    NavigationEntry surveysEntry() {
        return new NavigationEntry(72, SurveysView.class, "surveys.menu", VaadinIcon.CLIPBOARD_CHECK);
    }

    @Bean
    NavigationEntry childSurveysEntry() {
        return new NavigationEntry(45, LearnerSurveysView.class, "surveys.child.title", VaadinIcon.CLIPBOARD_CHECK);
    }

    @Bean
    NavigationEntry mySurveysEntry() {
        return new NavigationEntry(45, MySurveysView.class, "surveys.mine.menu", VaadinIcon.CLIPBOARD_CHECK);
    }

    @Bean
    NavigationBadge childSurveysBadge(SurveyAnswering answering) {
        return new SurveyBadge(LearnerSurveysView.class, answering);
    }

    @Bean
    NavigationBadge mySurveysBadge(SurveyAnswering answering) {
        return new SurveyBadge(MySurveysView.class, answering);
    }
}
