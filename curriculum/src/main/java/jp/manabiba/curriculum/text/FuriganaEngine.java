package jp.manabiba.curriculum.text;

import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Grade-aware furigana: ruby exactly on the words a reader of the given grade has not learned all the kanji of.
 * <ul>
 * <li>ruby covers a word's kanji run, okurigana stays outside ({@code {遊|あそ}ぶ}); a run with any unlearned kanji
 * gets ruby whole ({@code {大切|たいせつ}} for grade 1), a run whose kanji are all learned gets none;</li>
 * <li>special readings (今日, 大人, 八百屋 ...) are single dictionary words, so they keep the reading of the whole;</li>
 * <li>々 counts as the kanji it repeats; a counter after digits takes the sound the number demands (3本 → ぼん);</li>
 * <li>explicit ruby {@code {漢字|かんじ}} is kept as written and never analysed; everything that is not kanji passes
 * through as it is.</li>
 * </ul>
 * Thread-safe; results are cached per (text, grade). Each analysis is bounded in time: text past the limit is
 * returned without automatic ruby rather than late.
 */
public final class FuriganaEngine {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(3);
    /** Texts longer than this are refused: no lesson is a megabyte. */
    public static final int MAX_LENGTH = 1_000_000;

    private static final Pattern EXPLICIT_RUBY = Pattern.compile("\\{([^{}|\\n]+)\\|([\\p{IsHiragana}\\p{IsKatakana}ー]+)}");

    private final KuromojiReadings kuromoji;
    private final KanjiGrades grades = KanjiGrades.mext();
    private final RubyCache cache = new RubyCache(1024);
    private final Duration timeLimit;
    private final AtomicLong analyses = new AtomicLong();

    private FuriganaEngine(KuromojiReadings kuromoji, Duration timeLimit) {
        this.kuromoji = kuromoji;
        this.timeLimit = timeLimit;
    }

    /** An engine whose reading dictionary is {@code readingsTsv} (see {@link ReadingDictionary}). */
    public static FuriganaEngine withReadings(Reader readingsTsv, String name) {
        return new FuriganaEngine(new KuromojiReadings(ReadingDictionary.open(readingsTsv, name)),
                DEFAULT_TIME_LIMIT);
    }

    /** An engine with only the built-in special readings. */
    public static FuriganaEngine withoutReadingDictionary() {
        return withReadings(new StringReader(""), "(none)");
    }

    /** The same engine (dictionary shared) with another time limit per analysis. */
    public FuriganaEngine withTimeLimit(Duration limit) {
        return new FuriganaEngine(kuromoji, limit);
    }

    /** The text as segments with ruby where {@code reader} needs it. */
    public RubyText annotate(@Nullable String text, @Nullable ReaderGrade reader) {
        Objects.requireNonNull(text, "text to annotate must not be null (use \"\" for no text)");
        Objects.requireNonNull(reader, "the reader's grade must not be null (use ReaderGrade.ADULT for none)");
        refuseTooLong(text);
        return cache.get(text, reader, () -> analyse(text, reader, false).text());
    }

    /**
     * One word whose reading is known, such as a child's name with the kana on record: ruby from that reading, on the
     * kanji runs the reader has not learned (the same rule as any word; okurigana-like kana stay outside), never the
     * analyser's guess. A reading that does not fit the word's kana goes whole over the whole word; without a
     * reading in kana the word is annotated like any text.
     */
    public RubyText annotateWithReading(@Nullable String word, @Nullable String reading, ReaderGrade reader) {
        Objects.requireNonNull(word, "word to annotate must not be null");
        Objects.requireNonNull(reader, "the reader's grade must not be null (use ReaderGrade.ADULT for none)");
        refuseTooLong(word);
        String kana = reading == null ? "" : Kana.toHiragana(reading.replaceAll("[\\s\u3000]", ""));
        if (kana.isEmpty() || !kana.codePoints().allMatch(Kana::isKana)) {
            return annotate(word, reader);
        }
        String text = TextCleaning.clean(word);
        if (reader.isAdult()) {
            return RubyText.of(List.of(RubySegment.plain(text)));
        }
        var pieces = new ArrayList<RubySegment>();
        rubyFor(text, kana, reader, pieces);
        return RubyText.of(pieces);
    }

    /** The authors' reading check: every word that gets automatic ruby for {@code reader}, with its signals. */
    public List<CheckedWord> check(String text, ReaderGrade reader) {
        Objects.requireNonNull(text, "text to check must not be null");
        Objects.requireNonNull(reader, "the reader's grade must not be null");
        refuseTooLong(text);
        return analyse(text, reader, true).checked();
    }

    /** How many annotations came from the cache (a class opening one lesson: all but the first), for monitoring. */
    public long cacheHits() {
        return cache.hits();
    }

    /** How many analyses ran (cache misses), for tests and monitoring. */
    public long analyses() {
        return analyses.get();
    }

    private static void refuseTooLong(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A text for furigana has at most " + MAX_LENGTH
                    + " characters, this one has " + text.length());
        }
    }

    private record Analysis(RubyText text, List<CheckedWord> checked) {
    }

    private Analysis analyse(String raw, ReaderGrade reader, boolean withCheck) {
        analyses.incrementAndGet();
        long deadline = System.nanoTime() + timeLimit.toNanos();
        String text = TextCleaning.clean(raw);
        var pieces = new ArrayList<RubySegment>();
        var checked = new ArrayList<CheckedWord>();
        var explicit = EXPLICIT_RUBY.matcher(text);
        int from = 0;
        while (explicit.find()) {
            annotatePart(text, from, explicit.start(), reader, deadline, pieces, withCheck ? checked : null);
            pieces.add(RubySegment.ruby(explicit.group(1), explicit.group(2)));
            from = explicit.end();
        }
        annotatePart(text, from, text.length(), reader, deadline, pieces, withCheck ? checked : null);
        return new Analysis(RubyText.of(pieces), checked);
    }

    private void annotatePart(String text, int from, int to, ReaderGrade reader, long deadline,
            List<RubySegment> out, @Nullable List<CheckedWord> checked) {
        if (from >= to) {
            return;
        }
        String part = text.substring(from, to);
        if (reader.isAdult() || part.codePoints().noneMatch(Kana::isKanji)) {
            out.add(RubySegment.plain(part));
            return;
        }
        List<Morpheme> words = kuromoji.words(part, deadline);
        int done = 0;
        Morpheme previous = null;
        for (Morpheme word : words) {
            if (word.start() > done) {
                out.add(RubySegment.plain(part.substring(done, word.start())));
            }
            var signals = EnumSet.noneOf(ReadingSignal.class);
            String reading = word.reading();
            if (word.isCounter() && previous != null && previous.end() == word.start()
                    && Counters.isNumber(previous.surface())) {
                String counter = Counters.readingAfter(previous.surface(), word.surface(), reading);
                if (counter != null) {
                    reading = counter;
                    signals.add(ReadingSignal.COUNTER_AFTER_NUMBER);
                }
            }
            boolean needsRuby = rubyFor(word.surface(), reading, reader, out);
            if (needsRuby && checked != null) {
                if (reading == null) {
                    signals.add(ReadingSignal.UNKNOWN_WORD);
                }
                if (word.source() == Morpheme.Source.USER_DICTIONARY) {
                    signals.add(ReadingSignal.FROM_READING_DICTIONARY);
                } else if (reading != null && !signals.contains(ReadingSignal.COUNTER_AFTER_NUMBER)) {
                    if (DictionaryReadings.of(word.surface()).size() > 1) {
                        signals.add(ReadingSignal.SEVERAL_READINGS);
                    }
                }
                checked.add(new CheckedWord(from + word.start(), word.surface(), reading, signals));
            }
            done = word.end();
            previous = word;
        }
        if (done < part.length()) {
            out.add(RubySegment.plain(part.substring(done)));
        }
    }

    /**
     * Adds the word's segments; true when it has kanji the reader has not learned (whether or not a reading could
     * be given).
     */
    private boolean rubyFor(String surface, @Nullable String reading, ReaderGrade reader, List<RubySegment> out) {
        var runs = Runs.of(surface);
        boolean unlearned = false;
        for (Runs.Run run : runs) {
            if (run.kanji() && !allLearned(run.text(), reader)) {
                unlearned = true;
            }
        }
        if (!unlearned || reading == null) {
            out.add(RubySegment.plain(surface));
            return unlearned;
        }
        List<String> aligned = Runs.align(runs, reading);
        if (aligned == null) {
            out.add(RubySegment.ruby(surface, reading));
            return true;
        }
        for (int i = 0; i < runs.size(); i++) {
            var run = runs.get(i);
            if (run.kanji() && !allLearned(run.text(), reader)) {
                out.add(RubySegment.ruby(run.text(), aligned.get(i)));
            } else {
                out.add(RubySegment.plain(run.text()));
            }
        }
        return true;
    }

    private boolean allLearned(String kanjiRun, ReaderGrade reader) {
        int previous = -1;
        for (int i = 0; i < kanjiRun.length(); ) {
            int cp = kanjiRun.codePointAt(i);
            int counted = cp == '々' && previous != -1 ? previous : cp;
            if (!grades.isLearned(counted, reader)) {
                return false;
            }
            previous = counted;
            i += Character.charCount(cp);
        }
        return true;
    }
}
