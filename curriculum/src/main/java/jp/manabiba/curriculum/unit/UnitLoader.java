package jp.manabiba.curriculum.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads one unit package (a folder with unit.yaml, its lesson files and images/) and validates all of it: the
 * result is the whole unit or every problem found, with file and line, never a part. The folder may be on disk or
 * inside a jar ({@link ClasspathFolder}). The YAML is only composed into nodes (with their lines), never
 * constructed into objects, so a package cannot make the loader instantiate anything.
 */
public final class UnitLoader {

    public static final String METADATA = "unit.yaml";
    /** unit.yaml larger than this is refused: a unit is a few pages, not a data set. */
    private static final int MAX_CODE_POINTS = 1_000_000;

    private UnitLoader() {
    }

    /** The unit in {@code folder}; problems name its files {@code <folder name>/…}. */
    public static LoadResult<Unit> load(Path folder) {
        return load(folder, folderName(folder));
    }

    /** The unit in {@code folder}; problems name its files {@code <label>/…}. */
    public static LoadResult<Unit> load(Path folder, String label) {
        var sink = new ArrayList<UnitProblem>();
        var unitFolder = new UnitFolder(folder, label);
        var problems = new Problems(unitFolder.fileLabel(METADATA), sink);
        var unit = read(unitFolder, problems);
        if (unit.isPresent() && sink.isEmpty()) {
            return new LoadResult.Valid<>(unit.get());
        }
        if (sink.isEmpty()) {
            throw new IllegalStateException("unit " + label + " was refused without a problem");
        }
        return new LoadResult.Invalid<>(sink);
    }

    /** The unit in the class path folder {@code resourceFolder} (e.g. {@code jp/manabiba/content/units/x}). */
    public static LoadResult<Unit> loadFromClasspath(ClassLoader classLoader, String resourceFolder) {
        String name = resourceFolder.endsWith("/") ? resourceFolder.substring(0, resourceFolder.length() - 1)
                : resourceFolder;
        String label = name.substring(name.lastIndexOf('/') + 1);
        try {
            return ClasspathFolder.withFolder(classLoader, name, folder -> folder.isPresent() ? load(folder.get(), label)
                    : new LoadResult.Invalid<>(java.util.List.of(new UnitProblem(label + "/" + METADATA, 0, 0,
                            "no unit package at " + name + " on the class path"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String folderName(Path folder) {
        var name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString().replace("/", "");
    }

    private static Optional<Unit> read(UnitFolder folder, Problems problems) {
        if (!folder.exists(METADATA)) {
            problems.ofFile("missing: every unit folder has a unit.yaml");
            return Optional.empty();
        }
        return folder.read(METADATA, problems)
                .flatMap(text -> compose(text, problems))
                .flatMap(root -> YamlMap.of(root, "unit.yaml", UnitReader.FIELDS, problems))
                .flatMap(map -> UnitReader.read(map, folder));
    }

    static Optional<Node> compose(String text, Problems problems) {
        return compose(text, problems, "empty: unit.yaml needs the unit's id, version, grades, titles and lessons");
    }

    /** The YAML's node tree (never objects), or the problems; {@code whenEmpty} is reported for an empty file. */
    static Optional<Node> compose(String text, Problems problems, String whenEmpty) {
        var settings = LoadSettings.builder().setLabel(problems.file()).setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(20).setAllowRecursiveKeys(false).build();
        try {
            var root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                problems.ofFile(whenEmpty);
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            var mark = e.getProblemMark().or(e::getContextMark);
            problems.at(mark.map(Mark::getLine).orElse(-1) + 1, mark.map(Mark::getColumn).orElse(-1) + 1,
                    "not valid YAML: " + e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
        } catch (YamlEngineException e) {
            problems.ofFile("not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    static boolean isUnitFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(METADATA));
    }
}
