package jp.manabiba.curriculum.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadingDictionaryTest {

    private static List<String[]> entries(java.nio.file.Path tsv) throws IOException {
        return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
    }

    @Test
    void every_word_of_contents_reading_dictionary_gets_its_reading() throws IOException {
        var words = entries(Fixtures.READINGS);
        assertTrue(words.size() >= 15, "seeded with Takatsuki's places");
        for (String[] entry : words) {
            // a longer entry may be read as its shorter entries (摂津富田 as 摂津 + 富田): the readings must join up
            var checked = Fixtures.engine().check(entry[0], ReaderGrade.of(1));
            assertEquals(entry[0], String.join("", checked.stream().map(CheckedWord::word).toList()));
            assertEquals(entry[1], String.join("", checked.stream().map(CheckedWord::reading).toList()), entry[0]);
            assertTrue(checked.stream().allMatch(w -> w.signals().equals(Set.of(ReadingSignal.FROM_READING_DICTIONARY))),
                    entry[0]);
        }
    }

    @Test
    void every_special_reading_is_read_whole() throws IOException {
        var special = java.nio.file.Path.of("src/main/resources/jp/manabiba/curriculum/text/special-readings.tsv");
        var engine = FuriganaEngine.withoutReadingDictionary();
        for (String[] entry : entries(special)) {
            var ruby = engine.annotate(entry[0], ReaderGrade.of(1)).segments();
            boolean learned = ruby.stream().noneMatch(RubySegment::hasRuby);
            assertTrue(learned || ruby.equals(List.of(RubySegment.ruby(entry[0], entry[1])))
                    || ruby.getFirst().reading() != null && entry[1].startsWith(ruby.getFirst().reading()),
                    entry[0] + " -> " + ruby);
        }
        assertEquals("{今日|きょう}", engine.annotate("今日", ReaderGrade.of(1)).markup());
    }

    @Test
    void a_bad_line_is_refused_with_the_file_and_line() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> FuriganaEngine.withReadings(new StringReader("# comment\n高槻\tタカツキ\n"), "readings.tsv"));
        assertEquals("readings.tsv line 2: the reading of 高槻 must be hiragana, got 'タカツキ'", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> FuriganaEngine.withReadings(new StringReader("高槻\n"), "readings.tsv"));
        assertThrows(IllegalArgumentException.class,
                () -> FuriganaEngine.withReadings(new StringReader("高,槻\tたかつき\n"), "readings.tsv"));
    }

    @Test
    void an_authors_entry_fixes_a_reading_for_every_text() {
        var after = FuriganaEngine.withReadings(new StringReader("樫田\tかしだ\n"), "t").annotate("樫田の森", ReaderGrade.of(3));
        assertEquals("{樫田|かしだ}の森", after.markup());
    }
}
