package jp.manabiba.learning.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.learning.ActionState;
import jp.manabiba.learning.MyUnitCard;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;

/**
 * The cards that lead a child through a unit in the reader: 「はじめる まえに」 on its first lesson until the start
 * rating is given, and at the end (the last lesson finished) the way to report the action and to rate again.
 */
final class UnitGuide {

    private UnitGuide() {
    }

    /** The start card for this lesson, hidden when it is not the first lesson or the child has rated already. */
    static Section before(MyUnitCard unit, String lessonId, ChildTexts texts, ReaderGrade reader) {
        Section card = card("unit-guide-start", texts, reader, "learning.guide.start.title", "learning.guide.start.text");
        card.add(UnitLinks.rating(unit.unitId(), "start", "learning.guide.start.link"));
        card.setVisible(!unit.ratedAtStart() && lessonId.equals(unit.firstLessonId()));
        return card;
    }

    /** The end card, shown on the last lesson once every lesson is finished and something is left to do. */
    static Section after(MyUnitCard unit, String lessonId, ChildTexts texts, ReaderGrade reader) {
        Section card = card("unit-guide-end", texts, reader, "learning.guide.end.title", "learning.guide.end.text");
        boolean reported = unit.action() == ActionState.REPORTED;
        if (!reported) {
            card.add(UnitLinks.action(unit.unitId(), "learning.guide.end.report"));
        }
        if (!unit.ratedAtEnd()) {
            card.add(UnitLinks.rating(unit.unitId(), "end", "learning.guide.end.rate"));
        }
        card.setVisible(lessonId.equals(unit.lastLessonId()) && unit.lessonsFinished()
                && (!reported || !unit.ratedAtEnd()));
        return card;
    }

    private static Section card(String className, ChildTexts texts, ReaderGrade reader, String titleKey, String textKey) {
        Section card = new Section();
        card.addClassNames("big-card", "unit-guide", className);
        card.add(ChildText.appendTo(new H3(), texts, card.getTranslation(titleKey), reader),
                ChildText.appendTo(new Paragraph(), texts, card.getTranslation(textKey), reader));
        return card;
    }
}
