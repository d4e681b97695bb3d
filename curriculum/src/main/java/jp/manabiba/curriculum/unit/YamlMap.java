package jp.manabiba.curriculum.unit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping of unit.yaml read field by field: every missing, mistyped, unknown or repeated key becomes a
 * problem at its line, and the caller gets an empty Optional and goes on, so one reading finds every problem.
 */
public final class YamlMap {

    private final Node node;
    private final String what;
    private final Problems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();

    private YamlMap(MappingNode node, String what, Set<String> known, Problems problems) {
        this.node = node;
        this.what = what;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.at(tuple.getKeyNode(), what + ": a key must be a plain name");
                continue;
            }
            String name = key.getValue();
            if (!known.contains(name)) {
                problems.at(key, what + ": unknown field '" + name + "' (known: " + String.join(", ",
                        new TreeSet<>(known)) + ")");
            } else if (values.containsKey(name)) {
                problems.at(key, what + ": '" + name + "' is given twice");
            } else {
                values.put(name, tuple.getValueNode());
            }
        }
    }

    /** The mapping, or a problem when {@code node} is not one. */
    public static Optional<YamlMap> of(Node node, String what, Set<String> known, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, what, known, problems));
        }
        problems.at(node, what + " must be a mapping of 'field: value'");
        return Optional.empty();
    }

    public Node node() {
        return node;
    }

    public String what() {
        return what;
    }

    public Problems problems() {
        return problems;
    }

    /** The value's node; a problem when a required one is missing (or empty). */
    public Optional<Node> value(String key, boolean required) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            if (required) {
                problems.at(node, what + ": '" + key + "' is missing");
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public Optional<String> text(String key, boolean required) {
        return value(key, required).flatMap(value -> scalarText(value, what + ": '" + key + "'", problems));
    }

    public Optional<Integer> integer(String key, boolean required) {
        return value(key, required).flatMap(value -> scalarText(value, what + ": '" + key + "'", problems)
                .flatMap(text -> {
                    if (text.matches("[+-]?\\d{1,9}")) {
                        return Optional.of(Integer.parseInt(text));
                    }
                    problems.at(value, what + ": '" + key + "' must be a whole number, not '" + text + "'");
                    return Optional.empty();
                }));
    }

    public Optional<BigDecimal> decimal(String key, boolean required) {
        return value(key, required).flatMap(value -> scalarText(value, what + ": '" + key + "'", problems)
                .flatMap(text -> {
                    if (text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                        return Optional.of(new BigDecimal(text));
                    }
                    problems.at(value, what + ": '" + key + "' must be a number like 12 or 12.5, not '" + text + "'");
                    return Optional.empty();
                }));
    }

    public Optional<Boolean> bool(String key) {
        return value(key, false).flatMap(value -> scalarText(value, what + ": '" + key + "'", problems)
                .flatMap(text -> switch (text) {
                    case "true" -> Optional.of(true);
                    case "false" -> Optional.of(false);
                    default -> {
                        problems.at(value, what + ": '" + key + "' must be true or false, not '" + text + "'");
                        yield Optional.empty();
                    }
                }));
    }

    /** The items of a list; a problem when it is not a list, or a required one is missing or empty. */
    public Optional<List<Node>> list(String key, boolean required) {
        return value(key, required).flatMap(value -> {
            if (!(value instanceof SequenceNode sequence)) {
                problems.at(value, what + ": '" + key + "' must be a list, e.g. [a, b]");
                return Optional.empty();
            }
            if (required && sequence.getValue().isEmpty()) {
                problems.at(value, what + ": '" + key + "' must not be empty");
                return Optional.empty();
            }
            return Optional.of(sequence.getValue());
        });
    }

    public Optional<YamlMap> map(String key, boolean required, Set<String> known) {
        return value(key, required).flatMap(value -> of(value, what + " " + key, known, problems));
    }

    /**
     * The scalar value of {@code key} in {@code node} when it is a mapping, without reading or reporting anything:
     * for what must be known before a mapping is read (an activity's kind, ids for duplicates).
     */
    public static Optional<ScalarNode> peek(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key)
                        && tuple.getValueNode() instanceof ScalarNode value) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** A scalar's text, stripped; a problem when the node is a list or mapping, or blank. */
    public static Optional<String> scalarText(Node value, String what, Problems problems) {
        if (!(value instanceof ScalarNode scalar)) {
            problems.at(value, what + " must be a single value, not a list or mapping");
            return Optional.empty();
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty() || isNull(scalar)) {
            problems.at(value, what + " must not be empty");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && scalar.isPlain()
                && (scalar.getValue().isEmpty() || scalar.getValue().equals("~") || scalar.getValue().equals("null"));
    }
}
