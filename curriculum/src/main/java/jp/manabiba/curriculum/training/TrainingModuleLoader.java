package jp.manabiba.curriculum.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import jp.manabiba.curriculum.unit.LoadResult;
import jp.manabiba.curriculum.unit.PackageParts;
import jp.manabiba.curriculum.unit.Problems;
import jp.manabiba.curriculum.unit.UnitFolder;
import jp.manabiba.curriculum.unit.UnitProblem;
import jp.manabiba.curriculum.unit.YamlMap;

/**
 * Loads one training module package (a folder with module.yaml, its page files and images/) and validates all of
 * it: the whole module or every problem found with file and line, never a part. The YAML is only composed into
 * nodes, as for units.
 */
public final class TrainingModuleLoader {

    public static final String METADATA = "module.yaml";

    private TrainingModuleLoader() {
    }

    /** The module in {@code folder}; problems name its files {@code <folder name>/…}. */
    public static LoadResult<TrainingModule> load(Path folder) {
        return load(folder, PackageParts.folderName(folder));
    }

    /** The module in {@code folder}; problems name its files {@code <label>/…}. */
    public static LoadResult<TrainingModule> load(Path folder, String label) {
        var sink = new ArrayList<UnitProblem>();
        var moduleFolder = new UnitFolder(folder, label);
        var problems = new Problems(moduleFolder.fileLabel(METADATA), sink);
        var module = read(moduleFolder, problems);
        if (module.isPresent() && sink.isEmpty()) {
            return new LoadResult.Valid<>(module.get());
        }
        if (sink.isEmpty()) {
            throw new IllegalStateException("module " + label + " was refused without a problem");
        }
        return new LoadResult.Invalid<>(sink);
    }

    private static Optional<TrainingModule> read(UnitFolder folder, Problems problems) {
        if (!folder.exists(METADATA)) {
            problems.ofFile("missing: every training module folder has a module.yaml");
            return Optional.empty();
        }
        return folder.read(METADATA, problems)
                .flatMap(text -> PackageParts.compose(text, problems,
                        "empty: module.yaml needs the module's id, version, titles, audience, hours, pages and quiz"))
                .flatMap(root -> YamlMap.of(root, "module.yaml", ModuleReader.FIELDS, problems))
                .flatMap(map -> ModuleReader.read(map, folder));
    }

    static boolean isModuleFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(METADATA));
    }
}
