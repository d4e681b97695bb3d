package jp.manabiba.curriculum.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every unit under a root (one folder per unit), loaded and validated together: one invalid package refuses the
 * whole set, with the problems of all packages, so the application never starts with some units missing.
 */
public final class UnitCatalogue {

    /** Where the content jar keeps its units. */
    public static final String CLASSPATH_ROOT = "jp/manabiba/content/units/";

    private final List<Unit> units;

    private UnitCatalogue(List<Unit> units) {
        this.units = List.copyOf(units);
    }

    /** Every unit in the folders under {@code root}; none when {@code root} does not exist. */
    public static LoadResult<UnitCatalogue> load(Path root) {
        return loadAll(Files.isDirectory(root) ? List.of(root) : List.of());
    }

    /** Every unit under {@link #CLASSPATH_ROOT} on the class path (the content jar). */
    public static LoadResult<UnitCatalogue> loadFromClasspath(ClassLoader classLoader) {
        return loadFromClasspath(classLoader, CLASSPATH_ROOT);
    }

    public static LoadResult<UnitCatalogue> loadFromClasspath(ClassLoader classLoader, String root) {
        try {
            return ClasspathFolder.withFolders(classLoader, root, UnitCatalogue::loadAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LoadResult<UnitCatalogue> loadAll(List<Path> roots) {
        var folders = new TreeMap<String, Path>();
        var problems = new ArrayList<UnitProblem>();
        for (Path root : roots) {
            for (Path folder : folders(root)) {
                String name = UnitLoader.folderName(folder);
                if (folders.putIfAbsent(name, folder) != null) {
                    problems.add(new UnitProblem(name + "/" + UnitLoader.METADATA, 0, 0,
                            "the unit " + name + " is on the class path twice"));
                }
            }
        }
        var units = new ArrayList<Unit>();
        folders.forEach((name, folder) -> {
            switch (UnitLoader.load(folder, name)) {
                case LoadResult.Valid<Unit> valid -> units.add(valid.value());
                case LoadResult.Invalid<Unit> invalid -> problems.addAll(invalid.problems());
            }
        });
        return problems.isEmpty() ? new LoadResult.Valid<>(new UnitCatalogue(units))
                : new LoadResult.Invalid<>(problems);
    }

    private static List<Path> folders(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(UnitLoader::folderName)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The units, by id. */
    public List<Unit> units() {
        return units;
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(unit -> unit.id().equals(id)).findFirst();
    }

    /** The units written for a child of {@code grade}. */
    public List<Unit> forGrade(int grade) {
        return units.stream().filter(unit -> unit.grades().includes(grade)).toList();
    }

    /** Where a unit's image is on the class path, for serving it: {@code jp/manabiba/content/units/<id>/images/<name>}. */
    public static String imageResource(Unit unit, String image) {
        if (unit.lessons().stream().noneMatch(lesson -> lesson.images().contains(image))) {
            throw new IllegalArgumentException("unit " + unit.id() + " has no image " + image);
        }
        return CLASSPATH_ROOT + unit.id() + "/" + LessonMarkdown.IMAGES + image;
    }
}
