package jp.manabiba.curriculum.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CacheAndCheckTest {

    @Test
    void a_class_of_40_opening_the_same_lesson_costs_one_analysis() throws Exception {
        var engine = FuriganaEngine.withoutReadingDictionary();
        String lesson = "森林は二酸化炭素を吸収し、地球温暖化を防ぐ大切な役割を果たしています。" + System.nanoTime();
        var start = new CountDownLatch(1);
        List<Future<RubyText>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(40)) {
            for (int child = 0; child < 40; child++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return engine.annotate(lesson, ReaderGrade.of(3));
                }));
            }
            start.countDown();
            for (var result : results) {
                assertSame(results.getFirst().get(), result.get());
            }
        }
        assertEquals(1, engine.analyses());
        assertEquals(39, engine.cacheHits(), "the other 39 are counted as hits");
        engine.annotate(lesson, ReaderGrade.of(4));
        assertEquals(2, engine.analyses(), "another grade is another result");
        assertEquals(39, engine.cacheHits());
    }

    @Test
    void the_reading_check_lists_each_word_with_automatic_ruby_and_its_signals() {
        var words = Fixtures.engine().check("市場で高槻の野菜を3匹の犬と見た。彁", ReaderGrade.of(1));
        assertEquals(List.of(
                new CheckedWord(0, "市場", "しじょう", Set.of(ReadingSignal.SEVERAL_READINGS)),
                new CheckedWord(3, "高槻", "たかつき", Set.of(ReadingSignal.FROM_READING_DICTIONARY)),
                new CheckedWord(6, "野菜", "やさい", Set.of()),
                new CheckedWord(10, "匹", "びき", Set.of(ReadingSignal.COUNTER_AFTER_NUMBER)),
                new CheckedWord(17, "彁", null, Set.of(ReadingSignal.UNKNOWN_WORD))), words);
        assertTrue(words.getFirst().needsAttention());
    }

    @Test
    void explicit_ruby_is_not_in_the_check() {
        assertEquals(List.of(), Fixtures.engine().check("{市場|いちば}へ行く", ReaderGrade.of(2)));
    }
}
