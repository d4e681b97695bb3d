package jp.manabiba.learning.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.learning.ActionState;
import jp.manabiba.learning.MyUnitCard;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;

/**
 * The child's units on their home: title, the progress picture, lessons done of all, and one big link to what
 * comes next: the next lesson, reporting the action, or the end rating.
 */
public class MyUnitsCard extends Div {

    public MyUnitsCard(List<MyUnitCard> units, ChildTexts texts, ReaderGrade reader) {
        addClassNames("big-card", "my-units");
        setVisible(!units.isEmpty());
        add(ChildText.appendTo(new H3(), texts, getTranslation("learning.home.title"), reader));
        for (MyUnitCard unit : units) {
            Div row = new Div();
            row.addClassName("my-unit");
            row.add(ChildText.line(texts, unit.title(), reader), new UnitProgress(unit),
                    new Span(getTranslation("learning.home.lessons", unit.lessonsDone(), unit.lessonsTotal())));
            nextStep(row, unit);
            add(row);
        }
    }

    private static void nextStep(Div row, MyUnitCard unit) {
        if (unit.nextLessonId() != null) { // the first lesson itself leads to the start rating (UnitGuide)
            row.add(UnitLinks.lesson(unit.unitId(), unit.nextLessonId(), "learning.home.open"));
        } else if (unit.action() != ActionState.REPORTED) {
            row.add(UnitLinks.action(unit.unitId(), "learning.guide.end.report"));
        } else if (!unit.ratedAtEnd()) {
            row.add(UnitLinks.rating(unit.unitId(), "end", "learning.guide.end.rate"));
        }
    }
}
