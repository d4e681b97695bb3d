package jp.manabiba.curriculum.unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.manabiba.curriculum.text.RubySyntax;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads one activity of unit.yaml by its {@code kind}, reporting every missing or wrong field. Texts children read
 * (prompt, choices, examples) are checked for malformed ruby at their own line.
 */
final class ActivityReader {

    private static final Set<String> COMMON = Set.of("id", "kind", "prompt");
    /** The fields each kind takes besides id, kind and prompt. */
    static final Map<String, Set<String>> KINDS = Map.of(
            Reflection.KIND, Set.of("maxLength"),
            ChoiceQuestion.KIND, Set.of("choices", "correct", "multiple"),
            NumberQuestion.KIND, Set.of("answer", "tolerance", "unit"),
            ShortTextQuestion.KIND, Set.of("accepted", "rules"),
            LookAround.KIND, Set.of("photo"),
            CommunityAction.KIND, Set.of("examples"));

    private ActivityReader() {
    }

    /** The activity, or empty when it has problems (all reported). */
    static Optional<Activity> read(Node node, String lessonId, Problems problems) {
        return readIn(node, "lesson " + lessonId, problems);
    }

    /** The activity read where {@code where} says in problems ("lesson x", "quiz"), or empty. */
    static Optional<Activity> readIn(Node node, String where, Problems problems) {
        String kind = kindOf(node);
        Set<String> known = new LinkedHashSet<>(COMMON);
        if (KINDS.containsKey(kind)) {
            known.addAll(KINDS.get(kind));
        } else {
            KINDS.values().forEach(known::addAll); // the kind is reported; its fields would only add noise
        }
        String what = idNode(node).map(id -> "activity " + id.getValue()).orElse("an activity")
                + " (" + where + ")";
        var map = YamlMap.of(node, what, known, problems);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        var activity = read(map.get(), kind);
        return problems.count() == before ? activity : Optional.empty();
    }

    /** The id as written, even when the rest is wrong, so that duplicates are still found. */
    static Optional<ScalarNode> idNode(Node node) {
        return YamlMap.peek(node, "id");
    }

    private static Optional<Activity> read(YamlMap map, String kind) {
        var id = Ids.read(map, "id");
        String what = map.what();
        var prompt = childText(map, "prompt", what);
        if (kind.isEmpty()) {
            map.problems().at(map.node(), what + ": 'kind' is missing (one of " + kinds() + ")");
            return Optional.empty();
        }
        if (!KINDS.containsKey(kind)) {
            map.value("kind", true).ifPresent(node -> map.problems().at(node,
                    what + ": unknown kind '" + kind + "' (one of " + kinds() + ")"));
            return Optional.empty();
        }
        if (id.isEmpty() || prompt.isEmpty()) {
            fieldsOf(map, kind, what);
            return Optional.empty();
        }
        return fieldsOf(map, kind, what).map(build -> build.with(id.get(), prompt.get()));
    }

    private interface Build {
        Activity with(String id, String prompt);
    }

    private static Optional<Build> fieldsOf(YamlMap map, String kind, String what) {
        return switch (kind) {
            case Reflection.KIND -> reflection(map, what);
            case ChoiceQuestion.KIND -> choice(map, what);
            case NumberQuestion.KIND -> number(map, what);
            case ShortTextQuestion.KIND -> shortText(map, what);
            case LookAround.KIND -> lookAround(map, what);
            case CommunityAction.KIND -> communityAction(map, what);
            default -> throw new IllegalStateException("kind " + kind);
        };
    }

    private static Optional<Build> reflection(YamlMap map, String what) {
        int maxLength = map.integer("maxLength", false).orElse(Reflection.DEFAULT_MAX_LENGTH);
        if (maxLength < 1 || maxLength > Reflection.LONGEST) {
            map.problems().at(map.value("maxLength", true).orElse(map.node()),
                    what + ": maxLength must be 1-" + Reflection.LONGEST + ", not " + maxLength);
            return Optional.empty();
        }
        return Optional.of((id, prompt) -> new Reflection(id, prompt, maxLength));
    }

    private static Optional<Build> choice(YamlMap map, String what) {
        boolean multiple = map.bool("multiple").orElse(false);
        var choices = childTexts(map, "choices", true, what);
        if (choices.isPresent() && choices.get().size() < 2) {
            map.problems().at(map.value("choices", true).orElseThrow(), what + ": a choice needs at least 2 choices");
            choices = Optional.empty();
        }
        if (choices.isPresent() && Set.copyOf(choices.get()).size() != choices.get().size()) {
            map.problems().at(map.value("choices", true).orElseThrow(), what + ": the same choice is given twice");
            choices = Optional.empty();
        }
        var correct = new LinkedHashSet<Integer>();
        var correctNode = map.list("correct", true);
        boolean correctOk = correctNode.isPresent();
        for (Node item : correctNode.orElse(List.of())) {
            var text = YamlMap.scalarText(item, what + ": a correct index", map.problems());
            if (text.isEmpty()) {
                correctOk = false;
            } else if (!text.get().matches("\\d{1,3}")) {
                map.problems().at(item, what + ": a correct index is a number from 0, not '" + text.get() + "'");
                correctOk = false;
            } else if (choices.isPresent() && Integer.parseInt(text.get()) >= choices.get().size()) {
                map.problems().at(item, what + ": correct index " + text.get() + " is out of range (0-"
                        + (choices.get().size() - 1) + " for " + choices.get().size() + " choices, counted from 0)");
                correctOk = false;
            } else if (!correct.add(Integer.parseInt(text.get()))) {
                map.problems().at(item, what + ": correct index " + text.get() + " is given twice");
                correctOk = false;
            }
        }
        if (correctOk && !multiple && correct.size() != 1) {
            map.problems().at(correctNode.get().getFirst(), what
                    + ": a single choice has exactly one correct index (write 'multiple: true' for several)");
            correctOk = false;
        }
        if (choices.isEmpty() || !correctOk) {
            return Optional.empty();
        }
        var list = choices.get();
        return Optional.of((id, prompt) -> new ChoiceQuestion(id, prompt, list, correct, multiple));
    }

    private static Optional<Build> number(YamlMap map, String what) {
        var answer = map.decimal("answer", true);
        var tolerance = map.decimal("tolerance", false);
        if (tolerance.isPresent() && tolerance.get().signum() < 0) {
            map.problems().at(map.value("tolerance", true).orElseThrow(), what + ": tolerance must not be negative");
            return Optional.empty();
        }
        String unit = map.text("unit", false).orElse("");
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((id, prompt) ->
                new NumberQuestion(id, prompt, answer.get(), tolerance.orElse(BigDecimal.ZERO), unit));
    }

    private static Optional<Build> shortText(YamlMap map, String what) {
        var accepted = new ArrayList<String>();
        boolean ok = map.list("accepted", true).isPresent();
        for (Node item : map.list("accepted", false).orElse(List.of())) {
            var text = YamlMap.scalarText(item, what + ": an accepted answer", map.problems());
            text.ifPresent(accepted::add);
            ok &= text.isPresent();
        }
        var rules = new LinkedHashSet<AnswerRule>();
        for (Node item : map.list("rules", false).orElse(List.of())) {
            var text = YamlMap.scalarText(item, what + ": a rule", map.problems());
            if (text.isEmpty()) {
                ok = false;
                continue;
            }
            var rule = AnswerRule.byId(text.get());
            if (rule.isEmpty()) {
                map.problems().at(item, what + ": unknown answer rule '" + text.get() + "' (one of width, kana, spaces)");
                ok = false;
            } else {
                rules.add(rule.get());
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of((id, prompt) -> new ShortTextQuestion(id, prompt, accepted, rules));
    }

    private static Optional<Build> lookAround(YamlMap map, String what) {
        var text = map.text("photo", false);
        if (text.isEmpty()) {
            return Optional.of((id, prompt) -> new LookAround(id, prompt, LookAround.DEFAULT_PHOTO));
        }
        var photo = PhotoPolicy.byId(text.get());
        if (photo.isEmpty()) {
            map.problems().at(map.value("photo", true).orElseThrow(),
                    what + ": photo is none, optional or required, not '" + text.get() + "'");
            return Optional.empty();
        }
        return Optional.of((id, prompt) -> new LookAround(id, prompt, photo.get()));
    }

    private static Optional<Build> communityAction(YamlMap map, String what) {
        var examples = childTexts(map, "examples", false, what);
        if (map.value("examples", false).isPresent() && examples.isEmpty()) {
            return Optional.empty();
        }
        var list = examples.orElse(List.of());
        return Optional.of((id, prompt) -> new CommunityAction(id, prompt, list));
    }

    private static Optional<String> childText(YamlMap map, String key, String what) {
        var text = map.text(key, true);
        text.ifPresent(value -> checkRuby(value, map.value(key, true).orElseThrow(), what + " " + key,
                map.problems()));
        return text;
    }

    private static Optional<List<String>> childTexts(YamlMap map, String key, boolean required, String what) {
        var items = map.list(key, required);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        var texts = new ArrayList<String>();
        boolean ok = true;
        for (Node item : items.get()) {
            var text = YamlMap.scalarText(item, what + ": an item of '" + key + "'", map.problems());
            text.ifPresent(value -> checkRuby(value, item, what + " " + key, map.problems()));
            text.ifPresent(texts::add);
            ok &= text.isPresent();
        }
        return ok ? Optional.of(texts) : Optional.empty();
    }

    /** Malformed ruby in a YAML text, at the line of the value (texts in unit.yaml are one line each). */
    static void checkRuby(String text, Node where, String what, Problems problems) {
        for (var problem : RubySyntax.check(text)) {
            problems.at(where, what + ": " + problem.message()
                    + (problem.line() > 1 ? " (line " + problem.line() + " of the text)" : ""));
        }
    }

    static String kindOf(Node node) {
        return YamlMap.peek(node, "kind").map(kind -> kind.getValue().strip()).orElse("");
    }

    private static String kinds() {
        return String.join(", ", List.of(Reflection.KIND, ChoiceQuestion.KIND, NumberQuestion.KIND,
                ShortTextQuestion.KIND, LookAround.KIND, CommunityAction.KIND));
    }
}
