package jp.manabiba.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.manabiba.curriculum.text.FuriganaEngine;
import jp.manabiba.curriculum.unit.LoadResult;
import jp.manabiba.curriculum.unit.ReadingCheck;
import jp.manabiba.curriculum.unit.ReadingWarning;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.curriculum.unit.UnitCatalogue;
import jp.manabiba.curriculum.unit.UnitProblem;
import org.junit.jupiter.api.Test;

/**
 * The content build fails on an invalid unit package: every unit under src/main/resources/jp/manabiba/content/units
 * is loaded with the curriculum engine's validator, and every problem is listed with its file and line.
 */
class UnitsTest {

    static final Path UNITS = Path.of("src/main/resources/jp/manabiba/content/units");
    static final Path READINGS = Path.of("src/main/resources/jp/manabiba/content/readings.tsv");

    @Test
    void every_unit_package_is_valid() {
        if (load() instanceof LoadResult.Invalid<UnitCatalogue> invalid) {
            fail(invalid.problems().size() + " problem(s) in the units under " + UNITS + ":\n"
                    + invalid.problems().stream().map(UnitProblem::toString).collect(Collectors.joining("\n")));
        }
    }

    @Test
    void there_are_units() throws IOException {
        int folders = unitFolders();
        if (folders == 0) {
            System.out.println("UnitsTest: no unit packages under " + UNITS + " yet: nothing to validate");
        }
        assumeTrue(folders > 0, "no unit packages under " + UNITS + " yet");
        assertEquals(folders, load().orElseThrow().units().size());
    }

    @Test
    void the_packaged_units_are_the_same_as_the_source_folders() {
        var fromClasspath = UnitCatalogue.loadFromClasspath(getClass().getClassLoader());
        assertEquals(load().orElseThrow().units(), fromClasspath.orElseThrow().units(),
                "target/classes holds the units as the web application will load them");
    }

    /**
     * No word reaches a child without ruby: the analyser must know every word that needs it (else write
     * {@code {漢字|よみ}} or add the word to readings.tsv). Words with several readings are printed for the authors.
     */
    @Test
    void every_word_that_needs_ruby_has_a_reading() throws IOException {
        List<Unit> units = load().orElseThrow().units();
        assumeTrue(!units.isEmpty(), "no unit packages yet");
        FuriganaEngine engine;
        try (var readings = Files.newBufferedReader(READINGS, StandardCharsets.UTF_8)) {
            engine = FuriganaEngine.withReadings(readings, READINGS.toString());
        }
        var check = new ReadingCheck(engine);
        var warnings = units.stream().flatMap(unit -> check.warnings(unit).stream()).toList();
        warnings.stream().filter(warning -> !warning.isUnknownWord())
                .forEach(warning -> System.out.println("reading to confirm: " + warning));
        var unknown = warnings.stream().filter(ReadingWarning::isUnknownWord).toList();
        if (!unknown.isEmpty()) {
            fail(unknown.size() + " word(s) would reach children without ruby (write {漢字|よみ} or add them to "
                    + READINGS + "):\n" + unknown.stream().map(ReadingWarning::toString)
                    .collect(Collectors.joining("\n")));
        }
    }

    private static LoadResult<UnitCatalogue> load() {
        return UnitCatalogue.load(UNITS);
    }

    private static int unitFolders() throws IOException {
        if (!Files.isDirectory(UNITS)) {
            return 0;
        }
        try (Stream<Path> folders = Files.list(UNITS)) {
            return (int) folders.filter(Files::isDirectory).count();
        }
    }
}
