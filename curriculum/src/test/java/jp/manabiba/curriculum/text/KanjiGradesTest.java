package jp.manabiba.curriculum.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
