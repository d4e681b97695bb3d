package jp.manabiba.curriculum.unit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever an author writes, the loader answers with problems, never with an exception: the valid sample's
 * unit.yaml mangled line by line (removed, doubled, its value replaced by a list, a mapping, nothing, text, a
 * number) must load or be refused with at least one problem.
 */
class MangledPackagesTest {

    private static final List<String> REPLACEMENTS = List.of("[1, 2]", "{ a: 1 }", "", "\"\"", "-3", "abc", "~",
            "[]", "{}", "99999999999", "\"{漢字|}\"", "[[1]]", "&x [1]");

    @Test
    void no_mangled_unit_yaml_makes_the_loader_throw(@TempDir Path temp) throws IOException {
        Path original = Packages.VALID.resolve("sample-unit");
        List<String> lines = Files.readAllLines(original.resolve(UnitLoader.METADATA), StandardCharsets.UTF_8);
        var random = new Random(11);
        var failures = new ArrayList<String>();
        int tried = 0;
        for (int i = 0; i < lines.size(); i++) {
            for (String mangled : mangle(lines, i, random)) {
                Path folder = copy(original, temp.resolve("sample-unit-" + tried++).resolve("sample-unit"));
                Files.writeString(folder.resolve(UnitLoader.METADATA), mangled, StandardCharsets.UTF_8);
                try {
                    var result = UnitLoader.load(folder);
                    if (!result.isValid()) {
                        assertFalse(result.problems().isEmpty());
                    }
                } catch (RuntimeException e) {
                    failures.add("line " + (i + 1) + ": " + e + "\n" + mangled);
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + tried + " mangled files threw:\n" + String.join("\n\n", failures));
        }
    }

    private static List<String> mangle(List<String> lines, int index, Random random) {
        var out = new ArrayList<String>();
        var removed = new ArrayList<>(lines);
        removed.remove(index);
        out.add(String.join("\n", removed));
        if (index % 3 == 0) { // a key given twice: the same check wherever it happens, a third of the lines is enough
            var doubled = new ArrayList<>(lines);
            doubled.add(index, lines.get(index));
            out.add(String.join("\n", doubled));
        }
        String line = lines.get(index);
        int colon = line.indexOf(": ");
        if (colon > 0) {
            var replaced = new ArrayList<>(lines);
            replaced.set(index, line.substring(0, colon + 2) + REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())));
            out.add(String.join("\n", replaced));
        }
        return out;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
