package jp.manabiba.curriculum.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidUnitTest {

    @Test
    void a_valid_package_loads_whole() {
        var result = UnitLoader.load(Packages.VALID.resolve("sample-unit"));
        assertEquals(List.of(), result.problems());
        var unit = result.orElseThrow();
        assertEquals("sample-unit", unit.id());
        assertEquals(2, unit.version());
        assertEquals(new GradeBand(3, 6), unit.grades());
        assertEquals("Less litter in our neighbourhood", unit.title().in(Locale.ENGLISH));
        assertEquals("まちの ごみを へらそう", unit.title().in(Locale.JAPANESE));
        assertEquals(List.of(11, 12), unit.sdgs());
        assertEquals(List.of(EsdAbility.CRITICAL_THINKING, EsdAbility.COOPERATION, EsdAbility.PARTICIPATION),
                unit.abilities());
        assertEquals(List.of(EsdConcept.FINITENESS, EsdConcept.RESPONSIBILITY), unit.concepts());
        assertEquals(List.of(new Source("takatsuki-city", "高槻市", "高槻市ホームページ",
                URI.create("https://www.city.takatsuki.osaka.jp/"), LocalDate.of(2026, 11, 30))), unit.sources());
        assertEquals(List.of("where-litter-comes-from", "old-walk", "look-around", "our-action"),
                unit.lessons().stream().map(Lesson::id).toList());
        assertEquals(List.of("where-litter-comes-from", "look-around", "our-action"),
                unit.activeLessons().stream().map(Lesson::id).toList());
    }

    @Test
    void lessons_carry_their_text_inquiry_steps_images_and_retired_flag() {
        var unit = Packages.sample();
        var first = unit.lesson("where-litter-comes-from").orElseThrow();
        assertEquals("01-where-litter-comes-from.md", first.file());
        assertTrue(first.text().startsWith("## ごみは どこから くるの？"));
        assertEquals(List.of(InquiryStep.QUESTION), first.inquiry());
        assertEquals(List.of("bin.svg"), first.images());
        assertFalse(first.retired());
        assertTrue(unit.lesson("old-walk").orElseThrow().retired());
        assertEquals(List.of(InquiryStep.GATHER, InquiryStep.ANALYSE),
                unit.lesson("look-around").orElseThrow().inquiry());
        assertEquals("jp/manabiba/content/units/sample-unit/images/bin.svg",
                UnitCatalogue.imageResource(unit, "bin.svg"));
    }

    @Test
    void every_kind_of_activity_is_read_with_its_fields_and_defaults() {
        var unit = Packages.sample();
        assertEquals(new Reflection("reflect-1", "きょう わかった ことを かこう。", 400),
                unit.activity("reflect-1").orElseThrow());
        assertEquals(Reflection.DEFAULT_MAX_LENGTH,
                ((Reflection) unit.activity("old-reflect").orElseThrow()).maxLength());
        assertEquals(new ChoiceQuestion("quiz-1", "ごみを すてる ところは どこ？", List.of("みち", "ごみばこ", "かわ"),
                Set.of(1), false), unit.activity("quiz-1").orElseThrow());
        var multi = assertInstanceOf(ChoiceQuestion.class, unit.activity("multi-1").orElseThrow());
        assertTrue(multi.multiple());
        assertEquals(Set.of(0, 2), multi.correct());
        assertEquals(new LookAround("look-1", "いえの ちかくで ごみばこを さがして みよう。", PhotoPolicy.OPTIONAL),
                unit.activity("look-1").orElseThrow());
        var number = assertInstanceOf(NumberQuestion.class, unit.activity("count-1").orElseThrow());
        assertEquals(0, new BigDecimal("12.5").compareTo(number.answer()));
        assertEquals(0, new BigDecimal("0.5").compareTo(number.tolerance()));
        assertEquals("kg", number.unit());
        var word = assertInstanceOf(ShortTextQuestion.class, unit.activity("word-1").orElseThrow());
        assertEquals(List.of("ごみばこ", "ゴミ箱"), word.accepted());
        assertEquals(Set.of(AnswerRule.WIDTH, AnswerRule.KANA, AnswerRule.SPACES), word.rules());
        var action = unit.communityAction();
        assertEquals("action", action.id());
        assertEquals(List.of("{家族|かぞく}と こうえんの ごみひろいを する", "クラスで ポスターを つくる"), action.examples());
        assertEquals("our-action", unit.lessonOf("action").orElseThrow().id());
    }

    @Test
    void a_unit_loads_from_the_class_path_as_from_its_folder() {
        var fromClasspath = UnitLoader.loadFromClasspath(getClass().getClassLoader(),
                "jp/manabiba/curriculum/unit/valid/sample-unit").orElseThrow();
        assertEquals(Packages.sample(), fromClasspath);
    }
}
