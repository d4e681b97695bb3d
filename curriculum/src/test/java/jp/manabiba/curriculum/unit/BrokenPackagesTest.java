package jp.manabiba.curriculum.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One package per kind of error under src/test/resources/…/unit/broken: each is refused whole, with every problem
 * at its file, line and column.
 */
class BrokenPackagesTest {

    static Stream<Arguments> packages() {
        return Stream.of(
                Arguments.of("broken-image", List.of(
                        "broken-image/04-our-action.md:5:1: broken image link: images/poster.svg does not exist")),
                Arguments.of("correct-out-of-range", List.of(
                        "correct-out-of-range/unit.yaml:32:19: activity quiz-1 (lesson where-litter-comes-from): correct index 3 is out of range (0-2 for 3 choices, counted from 0)")),
                Arguments.of("duplicate-activity-id", List.of(
                        "duplicate-activity-id/unit.yaml:51:13: duplicate activity id 'quiz-1' (also in lesson where-litter-comes-from); activity ids are unique in the unit")),
                Arguments.of("duplicate-lesson-id", List.of(
                        "duplicate-lesson-id/unit.yaml:42:9: duplicate lesson id 'where-litter-comes-from'")),
                Arguments.of("grades-out-of-range", List.of(
                        "grades-out-of-range/unit.yaml:4:17: grades: from 0 is not a school grade (1-6 elementary, 7-9 junior high)",
                        "grades-out-of-range/unit.yaml:4:24: grades: to 10 is not a school grade (1-6 elementary, 7-9 junior high)")),
                Arguments.of("grades-reversed", List.of(
                        "grades-reversed/unit.yaml:4:9: grades: from 6 is after to 3")),
                Arguments.of("id-not-folder-name", List.of(
                        "id-not-folder-name/unit.yaml:2:5: the unit's id 'another-name' must be the name of its folder (id-not-folder-name)")),
                Arguments.of("invalid-yaml", List.of(
                        "invalid-yaml/unit.yaml:10:10: not valid YAML: expected ',' or ']', but got : (while parsing a flow sequence)")),
                Arguments.of("malformed-ruby-in-lesson", List.of(
                        "malformed-ruby-in-lesson/01-where-litter-comes-from.md:11:3: ruby without a reading: {考|}")),
                Arguments.of("malformed-ruby-in-prompt", List.of(
                        "malformed-ruby-in-prompt/unit.yaml:75:17: activity action (lesson our-action) prompt: ruby '{' is not closed")),
                Arguments.of("many-problems", List.of(
                        "many-problems/03-look-around.md:8:8: the reading of 高槻市 is not kana: takatsuki",
                        "many-problems/unit.yaml:9:8: sdgs: unknown SDG '0' (the goals are 1-17)",
                        "many-problems/unit.yaml:32:19: activity quiz-1 (lesson where-litter-comes-from): correct index 5 is out of range (0-2 for 3 choices, counted from 0)",
                        "many-problems/unit.yaml:48:15: activity look-1 (lesson look-around): unknown kind 'walk' (one of reflection, choice, number, short-text, look-around, community-action)")),
                Arguments.of("missing-activity-id", List.of(
                        "missing-activity-id/unit.yaml:47:9: an activity (lesson look-around): 'id' is missing")),
                Arguments.of("missing-lesson-file", List.of(
                        "missing-lesson-file/unit.yaml:43:11: lesson file 03-look-around.md does not exist")),
                Arguments.of("missing-lesson-id", List.of(
                        "missing-lesson-id/unit.yaml:42:5: a lesson: 'id' is missing")),
                Arguments.of("missing-required-field", List.of(
                        "missing-required-field/unit.yaml:28:9: activity quiz-1 (lesson where-litter-comes-from): 'choices' is missing",
                        "missing-required-field/unit.yaml:50:9: activity count-1 (lesson look-around): 'answer' is missing")),
                Arguments.of("missing-translation", List.of(
                        "missing-translation/unit.yaml:5:8: unit.yaml title: the English translation 'en' is missing",
                        "missing-translation/unit.yaml:7:3: unit.yaml summary: the English translation 'en' is missing")),
                Arguments.of("no-community-action", List.of(
                        "no-community-action/unit.yaml:19:3: the unit has no community action: its last lesson needs one activity of kind community-action")),
                Arguments.of("single-choice-with-two-answers", List.of(
                        "single-choice-with-two-answers/unit.yaml:32:19: activity quiz-1 (lesson where-litter-comes-from): a single choice has exactly one correct index (write 'multiple: true' for several)")),
                Arguments.of("source-without-url", List.of(
                        "source-without-url/unit.yaml:13:5: a source without url: every source needs the address of its page")),
                Arguments.of("two-community-actions", List.of(
                        "two-community-actions/unit.yaml:24:9: community action 1 of 2: a unit has exactly one, in its last lesson",
                        "two-community-actions/unit.yaml:72:9: community action 2 of 2: a unit has exactly one, in its last lesson")),
                Arguments.of("unknown-ability", List.of(
                        "unknown-ability/unit.yaml:10:32: unit.yaml: unknown ability 'teamwork' in abilities (the seven ESD abilities: critical-thinking, planning, systems-thinking, communication, cooperation, connections, participation)")),
                Arguments.of("unknown-activity-kind", List.of(
                        "unknown-activity-kind/unit.yaml:48:15: activity look-1 (lesson look-around): unknown kind 'look-arround' (one of reflection, choice, number, short-text, look-around, community-action)")),
                Arguments.of("unknown-concept", List.of(
                        "unknown-concept/unit.yaml:11:24: unit.yaml: unknown concept 'sustainability' in concepts (the six ESD concepts: diversity, interdependence, finiteness, fairness, cooperation, responsibility)")),
                Arguments.of("unknown-field", List.of(
                        "unknown-field/unit.yaml:28:9: activity quiz-1 (lesson where-litter-comes-from): 'correct' is missing",
                        "unknown-field/unit.yaml:32:9: activity quiz-1 (lesson where-litter-comes-from): unknown field 'corect' (known: choices, correct, id, kind, multiple, prompt)")),
                Arguments.of("unknown-sdg", List.of(
                        "unknown-sdg/unit.yaml:9:12: sdgs: unknown SDG '18' (the goals are 1-17)")),
                Arguments.of("unlisted-lesson-file", List.of(
                        "unlisted-lesson-file/05-forgotten.md: not listed in unit.yaml's lessons: list it (or mark its lesson retired: true) or delete it")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void a_broken_package_is_refused_with_every_problem_at_its_line(String kind, List<String> expected) {
        var result = Packages.broken(kind);
        assertFalse(result.isValid());
        assertEquals(expected, result.problems().stream().map(UnitProblem::toString).toList());
    }
}
