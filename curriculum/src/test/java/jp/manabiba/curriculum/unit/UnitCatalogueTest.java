package jp.manabiba.curriculum.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitCatalogueTest {

    @Test
    void a_root_of_valid_units_loads_them_all() {
        var catalogue = UnitCatalogue.load(Packages.VALID).orElseThrow();
        assertEquals(List.of("sample-unit"), catalogue.units().stream().map(Unit::id).toList());
        assertTrue(catalogue.unit("sample-unit").isPresent());
        assertEquals(1, catalogue.forGrade(3).size());
        assertEquals(0, catalogue.forGrade(7).size());
    }

    @Test
    void one_broken_package_refuses_the_whole_set_with_the_problems_of_every_package() throws IOException {
        var result = UnitCatalogue.load(Packages.BROKEN);
        assertFalse(result.isValid());
        long packages;
        try (Stream<Path> folders = Files.list(Packages.BROKEN)) {
            packages = folders.count();
        }
        assertEquals(packages, result.problems().stream().map(p -> p.file().substring(0, p.file().indexOf('/')))
                .distinct().count(), "every package contributes its problems");
        var thrown = assertThrows(InvalidUnitException.class, result::orElseThrow);
        assertTrue(thrown.getMessage().contains("unknown-sdg/unit.yaml:9:12: sdgs: unknown SDG '18'"),
                thrown.getMessage());
    }

    @Test
    void a_missing_root_is_an_empty_catalogue() {
        assertEquals(List.of(), UnitCatalogue.load(Path.of("no/such/folder")).orElseThrow().units());
        assertEquals(List.of(), UnitCatalogue.loadFromClasspath(getClass().getClassLoader()).orElseThrow().units(),
                "the content jar is not on the engine's test class path");
    }

    @Test
    void a_folder_without_unit_yaml_is_a_problem(@TempDir Path root) throws IOException {
        Files.createDirectory(root.resolve("empty-unit"));
        assertEquals(List.of("empty-unit/unit.yaml: missing: every unit folder has a unit.yaml"),
                UnitCatalogue.load(root).problems().stream().map(UnitProblem::toString).toList());
    }

    @Test
    void units_load_from_a_jar_on_the_class_path(@TempDir Path temp) throws IOException {
        Path jar = temp.resolve("content.jar");
        Path unit = Packages.VALID.resolve("sample-unit");
        try (var out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(unit)) {
            String parent = "";
            for (String folder : UnitCatalogue.CLASSPATH_ROOT.split("/")) { // as Maven's jar has them
                parent += folder + "/";
                out.putNextEntry(new JarEntry(parent));
                out.closeEntry();
            }
            for (Path file : files.sorted().toList()) {
                String name = UnitCatalogue.CLASSPATH_ROOT + "sample-unit/" + unit.relativize(file).toString()
                        .replace('\\', '/');
                if (Files.isDirectory(file)) {
                    out.putNextEntry(new JarEntry(name.endsWith("/") ? name : name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        try (var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            var catalogue = UnitCatalogue.loadFromClasspath(loader).orElseThrow();
            assertEquals(List.of(Packages.sample()), catalogue.units());
        }
    }
}
