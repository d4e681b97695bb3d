package jp.manabiba.curriculum.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One engine for the tests, with the real reading dictionary of content/. */
final class Fixtures {

    static final Path READINGS = Path.of("../content/src/main/resources/jp/manabiba/content/readings.tsv");
    private static final FuriganaEngine ENGINE = load();

    private Fixtures() {
    }

    static FuriganaEngine engine() {
        return ENGINE;
    }

    static String markup(String text, int grade) {
        return ENGINE.annotate(text, ReaderGrade.of(grade)).markup();
    }

    private static FuriganaEngine load() {
        try (var reader = Files.newBufferedReader(READINGS, StandardCharsets.UTF_8)) {
            return FuriganaEngine.withReadings(reader, READINGS.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
