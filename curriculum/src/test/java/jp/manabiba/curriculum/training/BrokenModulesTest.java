package jp.manabiba.curriculum.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.manabiba.curriculum.unit.LoadResult;
import jp.manabiba.curriculum.unit.UnitProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One module package per kind of error under src/test/resources/…/training/broken (each a copy of the valid
 * sample with one thing broken): each is refused whole, with every problem at its file, line and column.
 */
class BrokenModulesTest {

    static final Path ROOT = Path.of("src/test/resources/jp/manabiba/curriculum/training");

    static Stream<Arguments> modules() {
        return Stream.of(
                Arguments.of("bad-hours-and-validity", List.of(
                        "bad-hours-and-validity/module.yaml:6:8: hours is more than 0, at most 40, in steps of 0.5, not 1.25",
                        "bad-hours-and-validity/module.yaml:7:17: validityMonths is 1-120 (leave it out for a module that does not expire), not 0")),
                Arguments.of("broken-image", List.of(
                        "broken-image/01-listen.md:5:1: broken image link: images/missing.svg does not exist")),
                Arguments.of("broken-ruby", List.of(
                        "broken-ruby/02-tell.md:3:17: ruby '{' is not closed on its line",
                        "broken-ruby/module.yaml:16:18: a page title.ja: ruby without a reading: {聴|}")),
                Arguments.of("duplicate-ids", List.of(
                        "duplicate-ids/02-tell.md: not listed in module.yaml's pages: list it or delete it",
                        "duplicate-ids/module.yaml:17:11: duplicate page: 01-listen.md is listed twice",
                        "duplicate-ids/module.yaml:46:11: duplicate question id 'q-listen' in the quiz")),
                Arguments.of("missing-explanation", List.of(
                        "missing-explanation/module.yaml:22:7: question q-listen: 'explanation' is missing (shown after answering)")),
                Arguments.of("missing-translation", List.of(
                        "missing-translation/module.yaml:3:8: module.yaml title: the English translation 'en' is missing")),
                Arguments.of("not-a-question", List.of(
                        "not-a-question/module.yaml:47:13: a quiz question is choice, number or short-text, not 'reflection'")),
                Arguments.of("pass-mark-out-of-range", List.of(
                        "pass-mark-out-of-range/module.yaml:20:13: quiz passMark is a percent, 0-100, not 120")),
                Arguments.of("question-without-right-answer", List.of(
                        "question-without-right-answer/module.yaml:33:16: activity q-steps (quiz): 'correct' must not be empty",
                        "question-without-right-answer/module.yaml:40:7: activity q-who (quiz): 'accepted' is missing")),
                Arguments.of("quiz-without-questions", List.of(
                        "quiz-without-questions/module.yaml:21:14: module.yaml quiz: 'questions' must not be empty",
                        "quiz-without-questions/module.yaml:22:3: module.yaml quiz: unknown field 'unused' (known: passMark, questions)")),
                Arguments.of("too-few-questions", List.of(
                        "too-few-questions/module.yaml:22:5: a quiz has 5-10 questions, this one 4")),
                Arguments.of("audience-twice", List.of(
                        "audience-twice/module.yaml:5:25: audience: 'PARENT' is given twice")),
                Arguments.of("source-without-date", List.of(
                        "source-without-date/module.yaml:9:5: a source: 'accessed' is missing (the date the page was looked at, e.g. 2026-11-30)")),
                Arguments.of("unknown-audience", List.of(
                        "unknown-audience/module.yaml:5:20: audience: unknown category 'TEACHER' (all, or UNIVERSITY_STUDENT, EX_NURSERY_TEACHER, PARENT, OTHER_VOLUNTEER)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void a_broken_module_is_refused_with_every_problem_at_its_file_and_line(String name, List<String> expected) {
        var result = TrainingModuleLoader.load(ROOT.resolve("broken").resolve(name));
        assertEquals(expected, result.problems().stream().map(UnitProblem::toString).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void a_catalogue_with_one_broken_module_is_refused_whole(String name, List<String> expected) {
        var result = TrainingCatalogue.load(ROOT.resolve("broken"));
        assertEquals(LoadResult.Invalid.class, result.getClass());
        var problems = result.problems().stream().map(UnitProblem::toString).toList();
        assertTrue(problems.containsAll(expected), () -> name + " missing from " + problems);
    }
}
