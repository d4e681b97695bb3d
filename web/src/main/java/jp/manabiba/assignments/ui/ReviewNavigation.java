package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.NavigationEntry;
import jp.manabiba.base.ui.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The staff's menu entries for reviewing work and following its results (each shown to whom its view admits). */
@Configuration
class ReviewNavigation {

    @Bean
    NavigationEntry reviewQueueEntry() {
        return new NavigationEntry(31, ReviewQueueView.class, "review.queue.title", VaadinIcon.CHECK_SQUARE_O)
                .in(NavigationGroup.CHILDREN_LEARNING);
    }

    @Bean
    NavigationEntry resultsEntry() {
        return new NavigationEntry(32, ResultsView.class, "results.title", VaadinIcon.TABLE)
                .in(NavigationGroup.CHILDREN_LEARNING);
    }

    @Bean
    NavigationEntry completionEntry() {
        return new NavigationEntry(33, CompletionView.class, "completion.title", VaadinIcon.BAR_CHART)
                .in(NavigationGroup.CHILDREN_LEARNING);
    }
}
