package jp.manabiba.curriculum.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.manabiba.curriculum.text.CheckedWord;
import jp.manabiba.curriculum.text.FuriganaEngine;
import jp.manabiba.curriculum.text.ReaderGrade;
import org.jspecify.annotations.Nullable;

/**
 * The authors' reading check ({@code FuriganaCli --check}) over a whole unit: every lesson text and every text of
 * its activities, for the youngest grade of the unit's band (who gets the most ruby). Lists the words whose
 * reading needs a look: unknown to the analyser (no ruby at all: write {@code {漢字|よみ}} or add the word to
 * content's readings.tsv) or with several dictionary readings.
 */
public final class ReadingCheck {

    private final FuriganaEngine engine;

    public ReadingCheck(FuriganaEngine engine) {
        this.engine = Objects.requireNonNull(engine);
    }

    /** The words of {@code unit} that need attention, lesson by lesson, in reading order. */
    public List<ReadingWarning> warnings(Unit unit) {
        var reader = ReaderGrade.of(unit.grades().from());
        var warnings = new ArrayList<ReadingWarning>();
        check(unit, UnitLoader.METADATA, "title", unit.title().ja(), reader, warnings);
        check(unit, UnitLoader.METADATA, "summary", unit.summary().ja(), reader, warnings);
        for (Lesson lesson : unit.lessons()) {
            check(unit, UnitLoader.METADATA, "lesson " + lesson.id() + " title", lesson.title().ja(), reader,
                    warnings);
            check(unit, lesson.file(), null, lesson.text(), reader, warnings);
            for (Activity activity : lesson.activities()) {
                for (String text : activity.childTexts()) {
                    check(unit, UnitLoader.METADATA, "activity " + activity.id(), text, reader, warnings);
                }
            }
        }
        return warnings;
    }

    /** Only the words the analyser does not know: the ones that would reach a child without any ruby. */
    public List<ReadingWarning> unknownWords(Unit unit) {
        return warnings(unit).stream().filter(ReadingWarning::isUnknownWord).toList();
    }

    /** Line by line, so that a warning has the line and column an editor jumps to. */
    private void check(Unit unit, String file, @Nullable String field, String text, ReaderGrade reader,
            List<ReadingWarning> out) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (CheckedWord word : engine.check(lines[i], reader)) {
                if (word.needsAttention()) {
                    out.add(new ReadingWarning(unit.id(), file, field, i + 1, word.offset() + 1, word));
                }
            }
        }
    }
}
