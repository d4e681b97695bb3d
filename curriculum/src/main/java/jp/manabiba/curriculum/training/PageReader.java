package jp.manabiba.curriculum.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.manabiba.curriculum.unit.PackageParts;
import jp.manabiba.curriculum.unit.UnitFolder;
import jp.manabiba.curriculum.unit.YamlMap;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code pages:} with each page's Markdown (checked as a lesson's: ruby, images, links, raw HTML), and checks
 * that every page file is listed once.
 */
final class PageReader {

    static final Set<String> FIELDS = Set.of("file", "title");

    private PageReader() {
    }

    static Optional<List<TrainingPage>> readAll(YamlMap module, UnitFolder folder) {
        var problems = module.problems();
        var items = module.list("pages", true);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        var images = folder.images();
        var pages = new ArrayList<TrainingPage>();
        var files = new HashSet<String>();
        for (Node item : items.get()) {
            var map = YamlMap.of(item, "a page", FIELDS, problems);
            if (map.isEmpty()) {
                continue;
            }
            var file = map.get().text("file", false);
            if (file.isPresent() && !files.add(file.get())) {
                problems.at(map.get().value("file", true).orElseThrow(), "duplicate page: " + file.get()
                        + " is listed twice");
            }
            read(map.get(), folder, images).ifPresent(pages::add);
        }
        for (String orphan : folder.markdownFiles()) {
            if (!files.contains(orphan)) {
                problems.forFile(folder.fileLabel(orphan)).ofFile("not listed in module.yaml's pages: list it or"
                        + " delete it");
            }
        }
        return problems.count() == before ? Optional.of(pages) : Optional.empty();
    }

    private static Optional<TrainingPage> read(YamlMap map, UnitFolder folder, Set<String> images) {
        var problems = map.problems();
        int before = problems.count();
        var title = PackageParts.bilingual(map, "title");
        var file = map.text("file", true).filter(name -> {
            if (!PackageParts.isPageFileName(name)) {
                problems.at(map.value("file", true).orElseThrow(), "page file '" + name
                        + "' must be named NN-slug.md (two digits, then lowercase a-z, 0-9 and '-'), in the module's folder");
                return false;
            }
            if (!folder.exists(name)) {
                problems.at(map.value("file", true).orElseThrow(), "page file " + name + " does not exist");
                return false;
            }
            return true;
        });
        var text = file.flatMap(name -> folder.read(name, problems.forFile(folder.fileLabel(name))));
        var linked = text.map(markdown -> PackageParts.checkMarkdown(markdown, images,
                problems.forFile(folder.fileLabel(file.get()))));
        if (problems.count() != before) {
            return Optional.empty();
        }
        return Optional.of(new TrainingPage(file.orElseThrow(), title.orElseThrow(), text.orElseThrow(),
                linked.orElseThrow()));
    }
}
