package jp.manabiba.people.ui;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import jp.manabiba.people.LearnerRow;

/**
 * How a child is named in a picker: name, grade and school. Children of one name are common (two 青木 みらい in
 * one network), and a coordinator choosing by name alone enrols the wrong one.
 */
public final class LearnerLabel {

    private LearnerLabel() {
    }

    public static String of(Component view, LearnerRow row) {
        List<String> about = Stream.of(row.grade() == null ? null : view.getTranslation("grade." + row.grade().name()),
                row.school()).filter(Objects::nonNull).toList();
        return about.isEmpty() ? row.fullName()
                : view.getTranslation("learner.picker-label", row.fullName(),
                        String.join(view.getTranslation("list.separator"), about));
    }
}
