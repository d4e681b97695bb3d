package jp.manabiba.curriculum.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import jp.manabiba.curriculum.text.FuriganaEngine;
import jp.manabiba.curriculum.unit.ChoiceQuestion;
import jp.manabiba.curriculum.unit.NumberQuestion;
import jp.manabiba.curriculum.unit.ShortTextQuestion;
import org.junit.jupiter.api.Test;

class ValidModuleTest {

    static final Path VALID = BrokenModulesTest.ROOT.resolve("valid");

    private static TrainingModule sample() {
        return TrainingModuleLoader.load(VALID.resolve("sample-module")).orElseThrow();
    }

    @Test
    void the_sample_module_loads_with_its_metadata() {
        var module = sample();
        assertEquals("sample-module", module.id());
        assertEquals(1, module.version());
        assertEquals("Basics of looking after children", module.title().en());
        assertEquals(EnumSet.allOf(Audience.class), module.audience());
        assertEquals(new BigDecimal("1.5"), module.hours());
        assertEquals(24, module.validity().orElseThrow());
        assertEquals("こども家庭庁", module.sources().getFirst().publisher());
        assertEquals(LocalDate.of(2026, 11, 30), module.sources().getFirst().accessed());
    }

    @Test
    void pages_come_in_order_with_their_text_and_images() {
        var pages = sample().pages();
        assertEquals(List.of("01-listen.md", "02-tell.md"), pages.stream().map(TrainingPage::file).toList());
        assertTrue(pages.get(1).text().contains("コーディネーター"));
        assertEquals(List.of("listen.svg"), pages.getFirst().images());
        assertEquals("training/sample-module/images/listen.svg",
                TrainingCatalogue.imageResource(sample(), "listen.svg"));
        assertThrows(IllegalArgumentException.class, () -> TrainingCatalogue.imageResource(sample(), "other.svg"));
    }

    @Test
    void the_quiz_has_each_kind_of_question_with_its_explanation() {
        var quiz = sample().quiz();
        assertEquals(80, quiz.passMark());
        assertEquals(5, quiz.questions().size());
        assertTrue(quiz.questions().get(0).question() instanceof ChoiceQuestion single && !single.multiple());
        assertTrue(quiz.questions().get(1).question() instanceof ChoiceQuestion several && several.multiple());
        assertTrue(quiz.questions().get(2).question() instanceof NumberQuestion);
        assertTrue(quiz.questions().get(3).question() instanceof ShortTextQuestion);
        assertEquals("秘密は約束しません。", quiz.questions().get(1).explanation());
    }

    @Test
    void the_quiz_is_marked_with_the_unit_answer_rules_and_the_pass_mark() {
        var quiz = sample().quiz();
        var allRight = Map.of("q-listen", "0", "q-steps", "2,0", "q-dial", "１８９", "q-who", "こーでぃねーたー",
                "q-police", "0");
        assertEquals(new QuizResult(5, 5, 100, true), quiz.mark(allRight));
        var oneWrong = Map.of("q-listen", "0", "q-steps", "0", "q-dial", "189", "q-who", "コーディネーター",
                "q-police", "0");
        assertEquals(new QuizResult(4, 5, 80, true), quiz.mark(oneWrong));
        var twoMissing = Map.of("q-listen", "0", "q-dial", "189", "q-police", "0");
        assertEquals(new QuizResult(3, 5, 60, false), quiz.mark(twoMissing));
    }

    @Test
    void the_catalogue_loads_every_valid_module_and_finds_them_by_id_and_audience() {
        var catalogue = TrainingCatalogue.load(VALID).orElseThrow();
        assertEquals(List.of("sample-module"), catalogue.modules().stream().map(TrainingModule::id).toList());
        assertTrue(catalogue.module("sample-module").isPresent());
        assertEquals(1, catalogue.forAudience(Audience.PARENT).size());
        assertFalse(catalogue.module("nothing").isPresent());
        assertTrue(TrainingCatalogue.load(VALID.resolve("none-here")).orElseThrow().modules().isEmpty());
    }

    @Test
    void the_catalogue_loads_from_the_class_path() {
        var catalogue = TrainingCatalogue.loadFromClasspath(getClass().getClassLoader(),
                "jp/manabiba/curriculum/training/valid/").orElseThrow();
        assertEquals(sample(), catalogue.module("sample-module").orElseThrow());
    }

    @Test
    void the_reading_check_finds_no_unknown_word_in_the_sample() {
        assertEquals(List.of(), new TrainingReadingCheck(FuriganaEngine.withoutReadingDictionary()).unknownWords(sample()));
    }

    @Test
    void the_reading_check_reports_a_word_the_analyser_does_not_know_with_its_page_and_line() {
        var sample = sample();
        var page = new TrainingPage("01-listen.md", sample.pages().getFirst().title(), "## 見出し\n\n彁の字です。",
                List.of());
        var module = new TrainingModule(sample.id(), sample.version(), sample.title(), sample.summary(),
                sample.audience(), sample.hours(), sample.validityMonths(), sample.sources(), List.of(page),
                sample.quiz());
        var unknown = new TrainingReadingCheck(FuriganaEngine.withoutReadingDictionary()).unknownWords(module);
        assertEquals(1, unknown.size(), unknown::toString);
        assertEquals("01-listen.md", unknown.getFirst().file());
        assertEquals(3, unknown.getFirst().line());
    }

    @Test
    void a_quiz_refuses_a_pass_mark_outside_0_to_100() {
        var questions = sample().quiz().questions();
        assertThrows(IllegalArgumentException.class, () -> new Quiz(101, questions));
        assertThrows(IllegalArgumentException.class, () -> new Quiz(50, List.of()));
    }
}
