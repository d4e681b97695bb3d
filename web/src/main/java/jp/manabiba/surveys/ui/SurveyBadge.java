package jp.manabiba.surveys.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import jp.manabiba.base.ui.NavigationBadge;
import jp.manabiba.surveys.SurveyAnswering;

/** How many open surveys the respondent has not answered, beside their menu entry (nothing when none). */
record SurveyBadge(Class<? extends Component> view, SurveyAnswering answering) implements NavigationBadge {

    @Override
    public Optional<Integer> count() {
        int open = answering.mine().size();
        return open == 0 ? Optional.empty() : Optional.of(open);
    }

    @Override
    public String labelKey() {
        return "surveys.mine.badge";
    }
}
