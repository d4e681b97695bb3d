package jp.manabiba.learning.ui;

import com.vaadin.flow.component.Component;
import jp.manabiba.curriculum.unit.EsdAbility;
import jp.manabiba.learning.LearnerChoice;

/** How the adults' learning screens name grade bands, abilities and children, in the reader's language. */
final class UnitTexts {

    /** Grades 1-6 are elementary, 7-9 junior high (a unit's grade band counts school years 1-9). */
    private static final int ELEMENTARY_YEARS = 6;

    private UnitTexts() {
    }

    static String grades(Component translator, int from, int to) {
        return translator.getTranslation("units.grades", grade(translator, from), grade(translator, to));
    }

    private static String grade(Component translator, int year) {
        return year <= ELEMENTARY_YEARS ? translator.getTranslation("units.grade.elementary", year)
                : translator.getTranslation("units.grade.junior", year - ELEMENTARY_YEARS);
    }

    static String ability(Component translator, EsdAbility ability) {
        return translator.getTranslation("growth.ability." + ability.name());
    }

    /** A child's name with grade, school and class, which tell apart children of the same name. */
    static String learner(Component translator, LearnerChoice child) {
        StringBuilder details = new StringBuilder();
        if (child.grade() != null) {
            details.append(translator.getTranslation("grade." + child.grade().name()));
        }
        for (String part : new String[] {child.school(), child.homeClass()}) {
            if (part != null && !part.isBlank()) {
                details.append(details.isEmpty() ? "" : " · ").append(part);
            }
        }
        return details.isEmpty() ? child.name() : translator.getTranslation("units.learner-choice", child.name(), details);
    }
}
