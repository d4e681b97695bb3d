package jp.manabiba.learning.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.curriculum.unit.EsdAbility;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import org.jspecify.annotations.Nullable;

/**
 * One ability of a unit, named in plain Japanese with furigana for the child's reader, and its four steps as big
 * pictures with kana: できない, すこしできる, できる, よくできる. Radio buttons underneath, so the keyboard and screen
 * readers work as for any choice.
 */
final class AbilityRating extends Section {

    static final List<Integer> LEVELS = List.of(1, 2, 3, 4);

    private final EsdAbility ability;
    private final RadioButtonGroup<Integer> steps = new RadioButtonGroup<>();

    AbilityRating(EsdAbility ability, @Nullable Integer level, ChildTexts texts, ReaderGrade reader,
                  Consumer<AbilityRating> chosen) {
        this.ability = ability;
        addClassNames("big-card", "ability-rating", "ability-" + ability.id());
        H3 name = ChildText.appendTo(new H3(), texts, getTranslation("learning.ability." + ability.id()), reader);
        name.setId("ability-name-" + ability.id());
        steps.getElement().setAttribute("aria-labelledby", name.getId().orElseThrow());
        steps.addClassName("rating-steps");
        steps.setItems(LEVELS);
        steps.setRenderer(new ComponentRenderer<>(step -> {
            Div choice = new Div(RatingPicture.of(step), new Span(getTranslation("learning.rating.level." + step)));
            choice.addClassName("rating-step");
            return choice;
        }));
        if (level != null) {
            steps.setValue(level);
        }
        steps.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                chosen.accept(this);
            }
        });
        add(name, steps);
    }

    EsdAbility ability() {
        return ability;
    }

    @Nullable Integer level() {
        return steps.getValue();
    }

    void invalid(@Nullable String message) {
        steps.setErrorMessage(message);
        steps.setInvalid(message != null);
    }
}
