package jp.manabiba.curriculum.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KanjiGradesTest {

    private final KanjiGrades grades = KanjiGrades.mext();

    @Test
    void each_grade_has_the_count_of_the_2020_allocation() {
        assertEquals(80, grades.countInGrade(1));
        assertEquals(160, grades.countInGrade(2));
        assertEquals(200, grades.countInGrade(3));
        assertEquals(202, grades.countInGrade(4));
        assertEquals(193, grades.countInGrade(5));
        assertEquals(191, grades.countInGrade(6));
    }

    @Test
    void the_joyo_list_has_2136_kanji_and_holds_every_kyoiku_kanji() {
        // loading refuses a kyōiku kanji missing from the jōyō list, so 1,026 + 1,110 = 2,136 proves both
        assertEquals(1_110, grades.countInGrade(KanjiGrades.JUNIOR_HIGH));
        long kyoiku = 0;
        for (int grade = 1; grade <= 6; grade++) {
            kyoiku += grades.countInGrade(grade);
        }
        assertEquals(1_026, kyoiku);
    }

    @Test
    void the_2020_moves_are_in_place() {
        assertEquals(4, grades.gradeOf('茨'), "prefecture kanji came into grade 4");
        assertEquals(4, grades.gradeOf('阪'));
        assertEquals(4, grades.gradeOf('城'), "moved from grade 6");
        assertEquals(4, grades.gradeOf('賀'), "moved from grade 5");
        assertEquals(5, grades.gradeOf('史'), "moved from grade 4");
        assertEquals(6, grades.gradeOf('胃'), "moved from grade 4");
        assertEquals(6, grades.gradeOf('俵'), "moved from grade 5");
        assertEquals(KanjiGrades.JUNIOR_HIGH, grades.gradeOf('芝'));
        assertEquals(KanjiGrades.NOT_TAUGHT, grades.gradeOf('槻'));
        assertEquals(KanjiGrades.JUNIOR_HIGH, grades.gradeOf("𠮟".codePointAt(0)), "the table's own form of 叱");
        assertEquals(KanjiGrades.JUNIOR_HIGH, grades.gradeOf('剝'));
    }

    @Test
    void a_reader_knows_the_kanji_of_their_grade_and_below() {
        assertTrue(grades.isLearned('学', ReaderGrade.of(1)));
        assertFalse(grades.isLearned('友', ReaderGrade.of(1)));
        assertTrue(grades.isLearned('友', ReaderGrade.of(2)));
        assertFalse(grades.isLearned('芝', ReaderGrade.of(6)));
        assertTrue(grades.isLearned('芝', ReaderGrade.of(7)));
        assertFalse(grades.isLearned('槻', ReaderGrade.of(9)));
        assertTrue(grades.isLearned('槻', ReaderGrade.ADULT));
    }

    /** The shipped files themselves, read here without KanjiGrades, against MEXT's and the Cabinet's counts. */
    @Test
    void the_shipped_tables_have_the_official_counts_no_duplicates_and_kyoiku_inside_joyo() throws IOException {
        Set<Integer> joyo = new HashSet<>();
        for (String line : dataLines("joyo-kanji.txt")) {
            if (line.startsWith("=")) {
                continue; // the table's own forms of four listed kanji, not entries of their own
            }
            line.codePoints().forEach(cp -> assertTrue(joyo.add(cp), "jōyō twice: " + Character.toString(cp)));
        }
        assertEquals(2_136, joyo.size());

        Map<Integer, Integer> perGrade = new HashMap<>();
        Set<Integer> kyoiku = new HashSet<>();
        for (String line : dataLines("kyoiku-kanji.txt")) {
            String[] gradeAndKanji = line.split("\t");
            int grade = Integer.parseInt(gradeAndKanji[0]);
            gradeAndKanji[1].codePoints().forEach(cp -> {
                assertTrue(kyoiku.add(cp), "kyōiku twice: " + Character.toString(cp));
                assertTrue(joyo.contains(cp), "kyōiku but not jōyō: " + Character.toString(cp));
                perGrade.merge(grade, 1, Integer::sum);
            });
        }
        assertEquals(Map.of(1, 80, 2, 160, 3, 200, 4, 202, 5, 193, 6, 191), perGrade);
        assertEquals(1_026, kyoiku.size());
    }

    @Test
    void the_twenty_prefecture_kanji_are_grade_4_since_2020() {
        "茨媛岡潟岐熊香佐埼崎滋鹿縄井沖栃奈梨阪阜".codePoints().forEach(cp ->
                assertEquals(4, grades.gradeOf(cp), Character.toString(cp)));
    }

    @Test
    void the_other_2020_moves_spot_checked() {
        assertGrade(4, "賀群徳富城", "from grades 5 and 6 into grade 4");
        assertGrade(5, "囲紀喜型航史象賞停堂得毒費粉脈歴", "from grade 4 to grade 5");
        assertGrade(6, "胃腸", "from grade 4 to grade 6");
        assertGrade(6, "恩券承舌銭退敵俵預", "from grade 5 to grade 6");
    }

    private void assertGrade(int expected, String kanji, String why) {
        kanji.codePoints().forEach(cp -> assertEquals(expected, grades.gradeOf(cp), Character.toString(cp) + " " + why));
    }

    @Test
    void a_reader_of_every_kanji_knows_none() {
        assertFalse(grades.isLearned('一', ReaderGrade.EVERY_KANJI));
        assertFalse(grades.isLearned('学', ReaderGrade.EVERY_KANJI));
        assertFalse(grades.isLearned('槻', ReaderGrade.EVERY_KANJI));
    }

    private static List<String> dataLines(String resource) throws IOException {
        var stream = Objects.requireNonNull(KanjiGrades.class.getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
