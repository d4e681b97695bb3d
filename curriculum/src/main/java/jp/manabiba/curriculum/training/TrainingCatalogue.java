package jp.manabiba.curriculum.training;

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
import jp.manabiba.curriculum.unit.LoadResult;
import jp.manabiba.curriculum.unit.PackageParts;
import jp.manabiba.curriculum.unit.UnitProblem;

/**
 * Every training module under a root (one folder per module), loaded and validated together: one invalid package
 * refuses the whole set, with the problems of all of them, so the application never starts with a module missing.
 */
public final class TrainingCatalogue {

    /** Where the content jar keeps its training modules. */
    public static final String CLASSPATH_ROOT = "training/";

    private final List<TrainingModule> modules;

    private TrainingCatalogue(List<TrainingModule> modules) {
        this.modules = List.copyOf(modules);
    }

    /** Every module in the folders under {@code root}; none when {@code root} does not exist. */
    public static LoadResult<TrainingCatalogue> load(Path root) {
        return loadAll(Files.isDirectory(root) ? List.of(root) : List.of());
    }

    /** Every module under {@link #CLASSPATH_ROOT} on the class path (the content jar), also inside a jar. */
    public static LoadResult<TrainingCatalogue> loadFromClasspath(ClassLoader classLoader) {
        return loadFromClasspath(classLoader, CLASSPATH_ROOT);
    }

    public static LoadResult<TrainingCatalogue> loadFromClasspath(ClassLoader classLoader, String root) {
        try {
            return PackageParts.withClasspathFolders(classLoader, root, TrainingCatalogue::loadAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LoadResult<TrainingCatalogue> loadAll(List<Path> roots) {
        var folders = new TreeMap<String, Path>();
        var problems = new ArrayList<UnitProblem>();
        for (Path root : roots) {
            for (Path folder : folders(root)) {
                String name = PackageParts.folderName(folder);
                if (folders.putIfAbsent(name, folder) != null) {
                    problems.add(new UnitProblem(name + "/" + TrainingModuleLoader.METADATA, 0, 0,
                            "the module " + name + " is on the class path twice"));
                }
            }
        }
        var modules = new ArrayList<TrainingModule>();
        folders.forEach((name, folder) -> {
            switch (TrainingModuleLoader.load(folder, name)) {
                case LoadResult.Valid<TrainingModule> valid -> modules.add(valid.value());
                case LoadResult.Invalid<TrainingModule> invalid -> problems.addAll(invalid.problems());
            }
        });
        return problems.isEmpty() ? new LoadResult.Valid<>(new TrainingCatalogue(modules))
                : new LoadResult.Invalid<>(problems);
    }

    private static List<Path> folders(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(PackageParts::folderName)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The modules, by id. */
    public List<TrainingModule> modules() {
        return modules;
    }

    public Optional<TrainingModule> module(String id) {
        return modules.stream().filter(module -> module.id().equals(id)).findFirst();
    }

    /** The modules written for supporters of {@code category}. */
    public List<TrainingModule> forAudience(Audience category) {
        return modules.stream().filter(module -> module.isFor(category)).toList();
    }

    /** Where a module's image is on the class path: {@code training/<id>/images/<name>}. */
    public static String imageResource(TrainingModule module, String image) {
        if (module.pages().stream().noneMatch(page -> page.images().contains(image))) {
            throw new IllegalArgumentException("module " + module.id() + " has no image " + image);
        }
        return CLASSPATH_ROOT + module.id() + "/images/" + image;
    }
}
