package jp.manabiba.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.manabiba.curriculum.text.FuriganaEngine;
import jp.manabiba.curriculum.training.TrainingCatalogue;
import jp.manabiba.curriculum.training.TrainingModule;
import jp.manabiba.curriculum.training.TrainingReadingCheck;
import jp.manabiba.curriculum.unit.LoadResult;
import jp.manabiba.curriculum.unit.ReadingWarning;
import jp.manabiba.curriculum.unit.UnitProblem;
import org.junit.jupiter.api.Test;

/**
 * The content build fails on an invalid training module: every module under src/main/resources/training is loaded
 * with the curriculum engine's validator, and every problem is listed with its file and line (like UnitsTest).
 */
class TrainingModulesTest {

    static final Path MODULES = Path.of("src/main/resources/training");
    /** The modules issue 12 asks for; each must stay (their ids are stored with supporters' completions). */
    static final List<String> REQUIRED = List.of("child-safeguarding", "personal-data", "learning-support-session",
            "developmental-differences", "foreign-roots-yasashii-nihongo", "esd-facilitation");

    @Test
    void every_training_module_is_valid() {
        if (load() instanceof LoadResult.Invalid<TrainingCatalogue> invalid) {
            fail(invalid.problems().size() + " problem(s) in the training modules under " + MODULES + ":\n"
                    + invalid.problems().stream().map(UnitProblem::toString).collect(Collectors.joining("\n")));
        }
    }

    @Test
    void every_folder_is_a_module_and_the_required_ones_are_there() throws IOException {
        var ids = load().orElseThrow().modules().stream().map(TrainingModule::id).toList();
        try (Stream<Path> folders = Files.list(MODULES)) {
            assertEquals(folders.filter(Files::isDirectory).count(), ids.size());
        }
        assertTrue(ids.containsAll(REQUIRED), () -> "missing modules: " + REQUIRED.stream()
                .filter(id -> !ids.contains(id)).toList());
    }

    /** Each module is short enough to read in one sitting: 2-4 pages. */
    @Test
    void every_module_has_two_to_four_pages() {
        for (TrainingModule module : load().orElseThrow().modules()) {
            int pages = module.pages().size();
            assertTrue(pages >= 2 && pages <= 4, () -> module.id() + " has " + pages + " pages");
        }
    }

    @Test
    void the_packaged_modules_are_the_same_as_the_source_folders() {
        var fromClasspath = TrainingCatalogue.loadFromClasspath(getClass().getClassLoader());
        assertEquals(load().orElseThrow().modules(), fromClasspath.orElseThrow().modules(),
                "target/classes holds the modules as the web application will load them");
    }

    /**
     * Every kanji word has a reading the analyser knows, so a supporter who switches furigana on gets it on every
     * word (else write {@code {漢字|よみ}} or add the word to readings.tsv). Other warnings are printed.
     */
    @Test
    void every_word_has_a_known_reading() throws IOException {
        FuriganaEngine engine;
        try (var readings = Files.newBufferedReader(UnitsTest.READINGS, StandardCharsets.UTF_8)) {
            engine = FuriganaEngine.withReadings(readings, UnitsTest.READINGS.toString());
        }
        var check = new TrainingReadingCheck(engine);
        var unknown = load().orElseThrow().modules().stream().flatMap(module -> check.unknownWords(module).stream())
                .toList();
        if (!unknown.isEmpty()) {
            fail(unknown.size() + " word(s) without a known reading (write {漢字|よみ} or add them to "
                    + UnitsTest.READINGS + "):\n" + unknown.stream().map(ReadingWarning::toString)
                    .collect(Collectors.joining("\n")));
        }
    }

    private static LoadResult<TrainingCatalogue> load() {
        return TrainingCatalogue.load(MODULES);
    }
}
