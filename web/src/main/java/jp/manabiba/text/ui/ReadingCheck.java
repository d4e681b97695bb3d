package jp.manabiba.text.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import jp.manabiba.curriculum.text.CheckedWord;
import jp.manabiba.curriculum.text.MarkupProblem;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.curriculum.text.ReadingSignal;
import jp.manabiba.curriculum.text.RubySyntax;
import jp.manabiba.text.ChildTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The author's reading check beside a text they write for children, redrawn shortly after typing stops: malformed
 * {@code {漢字|かんじ}} ruby by line, the words whose reading is worth a look (unknown to the analyser, or read
 * several ways: confirm them with explicit ruby) and the automatic readings a grade-1 reader gets.
 */
public final class ReadingCheck extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(ReadingCheck.class);
    private static final int READINGS_SHOWN = 40;

    private final ChildTexts texts;

    private ReadingCheck(ChildTexts texts) {
        this.texts = texts;
        addClassName("reading-check");
        getElement().setAttribute("aria-live", "polite");
    }

    /** A check that follows {@code area}: redrawn when its value changes (lazily, about a second after typing). */
    public static ReadingCheck following(TextArea area, ChildTexts texts) {
        ReadingCheck check = new ReadingCheck(texts);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(800);
        area.addValueChangeListener(change -> check.show(change.getValue()));
        check.show(area.getValue());
        return check;
    }

    void show(String text) {
        removeAll();
        Span label = new Span(getTranslation("reading-check.title"));
        label.addClassName("reading-check-title");
        add(label);
        if (text == null || text.isBlank()) {
            add(new Paragraph(getTranslation("reading-check.empty")));
            return;
        }
        UnorderedList notes = new UnorderedList();
        for (MarkupProblem problem : RubySyntax.check(text)) {
            notes.add(note("reading-check.ruby", problem.line(), problem.column()));
        }
        List<CheckedWord> words;
        try {
            words = texts.check(text, ReaderGrade.EVERY_KANJI);
        } catch (RuntimeException unavailable) {
            // the analysis has a time limit; the check is a help, the author can still save
            LOG.warn("Reading check unavailable: {}", unavailable.toString());
            add(notes, new Paragraph(getTranslation("reading-check.unavailable")));
            return;
        }
        for (CheckedWord word : words) {
            if (word.signals().contains(ReadingSignal.UNKNOWN_WORD)) {
                notes.add(note("reading-check.unknown", word.word()));
            } else if (word.signals().contains(ReadingSignal.SEVERAL_READINGS)) {
                notes.add(note("reading-check.several", word.word(), word.reading()));
            }
        }
        if (notes.getChildren().findAny().isPresent()) {
            add(notes);
        }
        String readings = words.stream().filter(w -> w.reading() != null).limit(READINGS_SHOWN)
                .map(w -> w.word() + "（" + w.reading() + "）").distinct().collect(Collectors.joining("、"));
        add(new Paragraph(readings.isEmpty() ? getTranslation("reading-check.no-kanji")
                : getTranslation("reading-check.readings", readings)));
    }

    private ListItem note(String key, Object... arguments) {
        ListItem item = new ListItem(getTranslation(key, arguments));
        item.addClassName("reading-check-note");
        return item;
    }

    /** What the check says now, as text (tests, and the same a screen reader hears). */
    public String text() {
        return getElement().getTextRecursively();
    }
}
