package jp.manabiba.curriculum.text;

import static jp.manabiba.curriculum.text.Fixtures.markup;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rules a textbook follows, pinned with real sentences for readers of grades 1, 3 and 6. */
class FuriganaRulesTest {

    private static final String ESD = "地球温暖化を防ぐために、私たちにできることを考えよう。";

    @Test
    void okurigana_stays_outside_the_ruby() {
        assertEquals("{公園|こうえん}で{遊|あそ}ぶ。", markup("公園で遊ぶ。", 1));
        assertEquals("{取|と}り{扱|あつか}いに気をつける。", markup("取り扱いに気をつける。", 1));
    }

    @Test
    void a_word_with_any_unlearned_kanji_gets_ruby_over_its_whole_kanji_run() {
        assertEquals("{大切|たいせつ}な{友達|ともだち}。", markup("大切な友達。", 1), "大 is learned in grade 1, 切 is not");
        assertEquals("大切な{友達|ともだち}。", markup("大切な友達。", 3), "達 comes in grade 4");
        assertEquals("大切な友達。", markup("大切な友達。", 6));
    }

    @Test
    void a_run_whose_kanji_are_all_learned_gets_none_even_when_another_run_of_the_word_does() {
        assertEquals("取り{扱|あつか}いに気をつける。", markup("取り扱いに気をつける。", 3));
    }

    @Test
    void the_same_lesson_sentence_for_grades_1_3_and_6() {
        assertEquals("{地球|ちきゅう}{温暖|おんだん}{化|か}を{防|ふせ}ぐために、{私|わたし}たちにできることを{考|かんが}えよう。",
                markup(ESD, 1));
        assertEquals("地球{温暖|おんだん}化を{防|ふせ}ぐために、{私|わたし}たちにできることを考えよう。", markup(ESD, 3));
        assertEquals(ESD, markup(ESD, 6));
    }

    @Test
    void jukujikun_keep_the_reading_of_the_whole_word() {
        assertEquals("{今日|きょう}は{明日|あした}より{暑|あつ}い。", markup("今日は明日より暑い。", 1));
        assertEquals("大人が{八百屋|やおや}に{行|い}く。", markup("大人が八百屋に行く。", 1));
        assertEquals("二十日に{昨日|きのう}の{話|はなし}をする。", markup("二十日に昨日の話をする。", 1),
                "二十日 is one word (はつか) whose kanji are all learned in grade 1");
        assertEquals("一人で{八百屋|やおや}へ", markup("一人で八百屋へ", 2));
        assertEquals("今日は明日より暑い。", markup("今日は明日より暑い。", 3));
    }

    @Test
    void the_iteration_mark_counts_as_the_kanji_it_repeats() {
        assertEquals("人々が{集|あつ}まる。", markup("人々が集まる。", 1));
        assertEquals("{色々|いろいろ}な花がさく。", markup("色々な花がさく。", 1));
        assertEquals("色々な花がさく。", markup("色々な花がさく。", 2));
    }

    @Test
    void numerals_in_kanji_follow_the_same_rule() {
        assertEquals("十五人の子ども", markup("十五人の子ども", 1));
        assertEquals("百{万|まん}円", markup("百万円", 1));
        assertEquals("三{億|おく}人", markup("三億人", 3));
    }

    @Test
    void a_counter_after_digits_takes_the_sound_the_number_demands() {
        assertEquals("10{分|ぷん}と15{分|ふん}と3{分|ぷん}", markup("10分と15分と3分", 1));
        assertEquals("３{匹|びき}と１{匹|ぴき}と２{匹|ひき}", markup("３匹と１匹と２匹", 6), "full-width digits too");
        assertEquals("1{杯|ぱい}、3{杯|ばい}、3{階|がい}、6{階|かい}", markup("1杯、3杯、3階、6階", 2));
        assertEquals("1000{匹|びき}、100{匹|ぴき}", markup("1000匹、100匹", 6));
    }

    @Test
    void a_counter_after_a_kanji_numeral_takes_the_sound_of_its_last_character() {
        assertEquals("十{分間|ぷんかん}で二十{分|ぷん}と五{分|ふん}", markup("十分間で二十分と五分", 1));
        assertEquals("三{匹|びき}の犬", markup("三匹の犬", 1));
        assertEquals("{十分|じゅうぶん}に気をつける", markup("十分に気をつける", 1), "十分 (enough) is one word, not a counter");
    }

    @Test
    void explicit_ruby_always_wins_and_is_never_annotated_again() {
        assertEquals("{漢字|かんじ}を{書|か}く。", markup("{漢字|かんじ}を書く。", 1));
        assertEquals("{高槻|たかつき}と{明日|あす}", markup("{高槻|たかつき}と{明日|あす}", 9));
        assertEquals("{明日|あす}", Fixtures.engine().annotate("{明日|あす}", ReaderGrade.ADULT).markup());
    }

    @Test
    void kana_latin_digits_emoji_and_ideographic_spaces_pass_through() {
        String text = "ひらがなとカタカナ、Tiếng Việt、123、😀　です。";
        assertEquals(text, markup(text, 1));
    }

    @Test
    void takatsuki_place_names_come_from_the_reading_dictionary() {
        assertEquals("{高槻|たかつき}{市|し}の{芥川|あくたがわ}と{摂津峡|せっつきょう}、{淀川|よどがわ}、{安満遺跡|あまいせき}、{樫田|かしだ}、{富田|とんだ}。",
                markup("高槻市の芥川と摂津峡、淀川、安満遺跡、樫田、富田。", 1));
        assertEquals("{高槻|たかつき}市の{富田|とんだ}", markup("高槻市の富田", 3));
        assertEquals("{高槻|たかつき}市の富田", markup("高槻市の富田", 6), "槻 is not jōyō: ruby even in grade 6");
    }

    @Test
    void junior_high_readers_know_the_whole_joyo_list_only() {
        assertEquals("{芝生|しばふ}で{昆虫|こんちゅう}を観察する。", markup("芝生で昆虫を観察する。", 6));
        assertEquals("芝生で昆虫を観察する。", markup("芝生で昆虫を観察する。", 7));
        assertEquals("{魑魅魍魎|ちみもうりょう}", markup("魑魅魍魎", 9));
    }

    @Test
    void an_adult_gets_no_automatic_ruby() {
        assertEquals("魑魅魍魎と高槻", Fixtures.engine().annotate("魑魅魍魎と高槻", ReaderGrade.ADULT).markup());
    }

    @Test
    void every_kanji_puts_ruby_on_grade_1_kanji_too() {
        assertEquals("{今日|きょう}は学校で先生と本を{読|よ}みました。", markup("今日は学校で先生と本を読みました。", 1));
        assertEquals("{今日|きょう}は{学校|がっこう}で{先生|せんせい}と{本|ほん}を{読|よ}みました。",
                everyKanji("今日は学校で先生と本を読みました。"));
        assertEquals("{山|やま}に{登|のぼ}って、{川|かわ}の{水|みず}を{見|み}た。", everyKanji("山に登って、川の水を見た。"));
    }

    @Test
    void every_kanji_keeps_the_textbook_rules() {
        assertEquals("{一人|ひとり}で{八百屋|やおや}へ{行|い}く。", everyKanji("一人で八百屋へ行く。"), "special readings stay whole");
        assertEquals("{人々|ひとびと}が{集|あつ}まる。", everyKanji("人々が集まる。"));
        assertEquals("えんぴつを3{本|ぼん}、10{分|ぷん}で", everyKanji("えんぴつを3本、10分で"));
        assertEquals("{明日|あす}の{天気|てんき}", everyKanji("{明日|あす}の天気"), "explicit ruby still wins");
        assertEquals("ひらがなとカタカナ、Tiếng Việt　😀", everyKanji("ひらがなとカタカナ、Tiếng Việt　😀"));
    }

    private static String everyKanji(String text) {
        return Fixtures.engine().annotate(text, ReaderGrade.EVERY_KANJI).markup();
    }
}
