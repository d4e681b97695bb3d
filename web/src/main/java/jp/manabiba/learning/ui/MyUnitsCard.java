package jp.manabiba.learning.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.learning.MyUnitCard;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;

/** The child's units on their home: title, lessons done of all, and a big link to the next lesson. */
public class MyUnitsCard extends Div {

    public MyUnitsCard(List<MyUnitCard> units, ChildTexts texts, ReaderGrade reader) {
        addClassNames("big-card", "my-units");
        setVisible(!units.isEmpty());
        add(ChildText.appendTo(new H3(), texts, getTranslation("learning.home.title"), reader));
        for (MyUnitCard unit : units) {
            Div row = new Div();
            row.addClassName("my-unit");
            row.add(ChildText.line(texts, unit.title(), reader),
                    new Span(" " + getTranslation("learning.home.lessons", unit.lessonsDone(), unit.lessonsTotal())));
            if (unit.nextLessonId() != null) {
                RouterLink next = new RouterLink(LessonReaderView.class,
                        new RouteParameters(Map.of("unitId", unit.unitId(), "lessonId", unit.nextLessonId())));
                next.setText(getTranslation("learning.home.open"));
                next.addClassNames("big-link", "open-lesson");
                row.add(next);
            }
            add(row);
        }
    }
}
