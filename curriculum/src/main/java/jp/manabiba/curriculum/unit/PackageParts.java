package jp.manabiba.curriculum.unit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The unit engine's readers for other package formats (training modules, {@code jp.manabiba.curriculum.training}):
 * the same YAML composition, stable ids, bilingual texts, sources, question activities with their answer rules,
 * Markdown checks and class path folders, so every content package is read and checked one way. Each reader
 * reports its problems (file, line, column) into the given {@link Problems} and gives an empty Optional when
 * anything is wrong.
 */
public final class PackageParts {

    private PackageParts() {
    }

    /** The YAML's node tree (composed only, never constructed into objects); {@code whenEmpty} for an empty file. */
    public static Optional<Node> compose(String text, Problems problems, String whenEmpty) {
        return UnitLoader.compose(text, problems, whenEmpty);
    }

    /** A stable id field ({@link StableId}'s form). */
    public static Optional<String> stableId(YamlMap map, String key) {
        return Ids.read(map, key);
    }

    /** A required {@code {ja, en}} mapping; a missing translation and malformed ruby in ja are problems. */
    public static Optional<Bilingual> bilingual(YamlMap map, String key) {
        return UnitReader.bilingual(map, key);
    }

    /** The required {@code sources:} list, as in unit.yaml (id, publisher, title, url, accessed). */
    public static Optional<List<Source>> sources(YamlMap map) {
        return UnitReader.sources(map);
    }

    /**
     * A question activity (choice, number, short-text) with its answer rules, as in unit.yaml; any other kind is a
     * problem. {@code context} names where it is in problems (e.g. "quiz"); {@code ownFields} are the caller's
     * fields beside the activity's (e.g. an explanation), read by the caller and left out here.
     */
    public static Optional<Question> question(Node node, String context, Set<String> ownFields, Problems problems) {
        String kind = ActivityReader.kindOf(node);
        if (!kind.isEmpty() && ActivityReader.KINDS.containsKey(kind)
                && !Set.of(ChoiceQuestion.KIND, NumberQuestion.KIND, ShortTextQuestion.KIND).contains(kind)) {
            problems.at(YamlMap.peek(node, "kind").map(Node.class::cast).orElse(node), "a " + context
                    + " question is choice, number or short-text, not '" + kind + "'");
            return Optional.empty();
        }
        return ActivityReader.readIn(without(node, ownFields), context, problems).map(Question.class::cast);
    }

    /** The mapping without the tuples of {@code keys}, keeping its position for the problems' lines. */
    private static Node without(Node node, Set<String> keys) {
        if (!(node instanceof MappingNode mapping) || keys.isEmpty()) {
            return node;
        }
        var kept = mapping.getValue().stream().filter(tuple -> !(tuple.getKeyNode() instanceof ScalarNode key
                && keys.contains(key.getValue()))).toList();
        return new MappingNode(mapping.getTag(), true, kept, mapping.getFlowStyle(), mapping.getStartMark(),
                mapping.getEndMark());
    }

    /** A page's or lesson's file name: NN-slug.md. */
    public static boolean isPageFileName(String name) {
        return LessonReader.FILE_NAME.matcher(name).matches();
    }

    /** The fields a question of {@code kind} takes besides id, kind and prompt (empty for an unknown kind). */
    public static Set<String> questionFields(String kind) {
        return ActivityReader.KINDS.getOrDefault(kind, Set.of());
    }

    /** Malformed ruby in a one-line YAML text, reported at {@code where}. */
    public static void checkRuby(String text, Node where, String what, Problems problems) {
        ActivityReader.checkRuby(text, where, what, problems);
    }

    /**
     * A page's Markdown checked as a lesson's: ruby, images of the package's own {@code images/} (existing, with a
     * description), https links only, no raw HTML, no level-1 heading. Gives the images it links to.
     */
    public static List<String> checkMarkdown(String markdown, Set<String> imageFiles, Problems problems) {
        return LessonMarkdown.check(markdown, imageFiles, problems);
    }

    /** {@code work} on every class path entry's copy of {@code folder}, also inside jars. */
    public static <T> T withClasspathFolders(ClassLoader classLoader, String folder, Function<List<Path>, T> work)
            throws IOException {
        return ClasspathFolder.withFolders(classLoader, folder, work);
    }

    /** A folder's name as a package id ({@code /} dropped for folders inside jars). */
    public static String folderName(Path folder) {
        return UnitLoader.folderName(folder);
    }
}
