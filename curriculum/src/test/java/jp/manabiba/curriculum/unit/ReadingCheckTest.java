package jp.manabiba.curriculum.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.manabiba.curriculum.text.CheckedWord;
import jp.manabiba.curriculum.text.FuriganaEngine;
import jp.manabiba.curriculum.text.ReadingSignal;
import org.junit.jupiter.api.Test;

class ReadingCheckTest {

    private static final FuriganaEngine ENGINE = FuriganaEngine.withoutReadingDictionary();

    @Test
    void the_sample_unit_has_nothing_to_confirm() {
        assertEquals(List.of(), new ReadingCheck(ENGINE).warnings(Packages.sample()));
    }

    @Test
    void lesson_texts_and_activity_texts_are_checked_for_the_youngest_grade_with_line_and_column() {
        var sample = Packages.sample();
        var lessons = new ArrayList<>(sample.lessons());
        var first = lessons.getFirst();
        lessons.set(0, new Lesson(first.id(), first.file(), first.title(), first.inquiry(), false,
                "## はじめに\n\nきょうは 市場で 彁を みた。\n", List.of(new ChoiceQuestion("quiz-9", "どれ？",
                        List.of("ごみ", "市場へ行った"), Set.of(0), false)), List.of()));
        var unit = new Unit(sample.id(), sample.version(), new GradeBand(1, 6), sample.title(), sample.summary(),
                sample.sdgs(), sample.abilities(), sample.concepts(), sample.sources(), lessons);

        var warnings = new ReadingCheck(ENGINE).warnings(unit);

        assertEquals(List.of(
                new ReadingWarning("sample-unit", "01-where-litter-comes-from.md", null, 3, 6,
                        new CheckedWord(5, "市場", "しじょう", Set.of(ReadingSignal.SEVERAL_READINGS))),
                new ReadingWarning("sample-unit", "01-where-litter-comes-from.md", null, 3, 10,
                        new CheckedWord(9, "彁", null, Set.of(ReadingSignal.UNKNOWN_WORD))),
                new ReadingWarning("sample-unit", "unit.yaml", "activity quiz-9", 1, 1,
                        new CheckedWord(0, "市場", "しじょう", Set.of(ReadingSignal.SEVERAL_READINGS))),
                new ReadingWarning("sample-unit", "unit.yaml", "activity quiz-9", 1, 4,
                        new CheckedWord(3, "行っ", "いっ", Set.of(ReadingSignal.SEVERAL_READINGS)))),
                warnings);
        assertEquals(List.of(), new ReadingCheck(ENGINE).warnings(new Unit(unit.id(), 1, new GradeBand(3, 6),
                unit.title(), unit.summary(), unit.sdgs(), unit.abilities(), unit.concepts(), unit.sources(),
                lessons)).stream().filter(w -> !w.isUnknownWord()).toList(), "市場 and 行 are learned in grade 2");
        var unknown = new ReadingCheck(ENGINE).unknownWords(unit);
        assertEquals(1, unknown.size());
        assertEquals("sample-unit/01-where-litter-comes-from.md:3:10: 彁 → ? [UNKNOWN_WORD]",
                unknown.getFirst().toString());
        assertEquals("sample-unit/unit.yaml (activity quiz-9, 1:4): 行っ → いっ [SEVERAL_READINGS]",
                warnings.getLast().toString());
    }
}
