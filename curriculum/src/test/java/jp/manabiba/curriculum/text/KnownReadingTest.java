package jp.manabiba.curriculum.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A child's name with the kana on record: that reading, not the analyser's guess, where the reader needs ruby. */
class KnownReadingTest {

    private static String known(String word, String reading, ReaderGrade reader) {
        return Fixtures.engine().annotateWithReading(word, reading, reader).markup();
    }

    @Test
    void the_recorded_kana_win_over_the_analysers_guess() {
        assertNotEquals("{陽菜|ひな}", Fixtures.engine().annotate("陽菜", ReaderGrade.EVERY_KANJI).markup(),
                "the analyser reads 陽菜 as a common word, not as the name");
        assertEquals("{陽菜|ひな}", known("陽菜", "ひな", ReaderGrade.EVERY_KANJI));
        assertEquals("{颯|はやて}", known("颯", "はやて", ReaderGrade.of(9)), "a kanji the analyser has no reading for");
    }

    @Test
    void the_name_follows_the_readers_grade_like_any_word() {
        assertEquals("{山田|やまだ}", known("山田", "やまだ", ReaderGrade.EVERY_KANJI));
        assertEquals("山田", known("山田", "やまだ", ReaderGrade.of(1)), "山 and 田 are grade-1 kanji");
        assertEquals("{大翔|ひろと}", known("大翔", "ひろと", ReaderGrade.of(6)), "翔 is not jōyō: the whole run");
        assertEquals("大翔", known("大翔", "ひろと", ReaderGrade.ADULT));
    }

    @Test
    void kana_in_the_name_stay_outside_and_katakana_readings_are_read_as_hiragana() {
        assertEquals("ゆり{子|こ}", known("ゆり子", "ゆりこ", ReaderGrade.EVERY_KANJI));
        assertEquals("{山田|やまだ}", known("山田", "ヤマダ", ReaderGrade.EVERY_KANJI));
        assertEquals("ひなた", known("ひなた", "ひなた", ReaderGrade.EVERY_KANJI));
        assertEquals("グエン", known("グエン", "グエン", ReaderGrade.EVERY_KANJI));
    }

    @Test
    void without_kana_on_record_the_name_is_annotated_like_any_text() {
        assertEquals(Fixtures.engine().annotate("山田", ReaderGrade.EVERY_KANJI).markup(),
                known("山田", "", ReaderGrade.EVERY_KANJI));
        assertEquals(Fixtures.engine().annotate("山田", ReaderGrade.EVERY_KANJI).markup(),
                known("山田", "Yamada", ReaderGrade.EVERY_KANJI), "a reading that is not kana is no reading");
    }
}
