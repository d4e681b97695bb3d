package jp.manabiba.text;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import jp.manabiba.curriculum.text.CheckedWord;
import jp.manabiba.curriculum.text.ChildMarkdown;
import jp.manabiba.curriculum.text.FuriganaEngine;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.curriculum.text.RenderedText;
import jp.manabiba.curriculum.text.RubySegment;
import jp.manabiba.curriculum.text.RubyText;
import jp.manabiba.people.ChildName;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.schools.Grade;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The application's one {@link FuriganaEngine} (Kuromoji with content's {@code readings.tsv}; its results cached per
 * text and grade, so a class opening the same lesson costs one analysis) and the Markdown renderer for children on
 * top of it. Every child-facing text goes through here, shown by {@code ui.ChildText}.
 * <p>
 * The engine is loaded at its first use, once per JVM ({@link Shared}): a start-up, or a Spring context of the
 * tests, that shows no child's text pays nothing for it, and the test suite's several contexts share one
 * (docs/benchmarks.md, "Furigana engine": start and heap). {@link FuriganaWarmUp} loads it just after start in the
 * background, so that the first child of the day does not wait either.
 */
@Component
public class ChildTexts {

    /** The reading dictionary of the content module (docs/curriculum-format.md). */
    static final String READINGS = "/jp/manabiba/content/readings.tsv";

    private final Supplier<ChildMarkdown> markdown;

    ChildTexts(@Value("${manabiba.site-origin:https://localhost}") String siteOrigin) {
        String origin = ChildMarkdown.requireSiteOrigin(siteOrigin); // a wrong setting stops the start, not a lesson
        this.markdown = SingletonSupplier.of(() -> new ChildMarkdown(Shared.ENGINE, origin));
    }

    /** The class is initialised, and the engine loaded, the first time a text needs it (the JVM's holder idiom). */
    private static final class Shared {
        static final FuriganaEngine ENGINE = loadEngine();
    }

    private static FuriganaEngine loadEngine() {
        InputStream in = ChildTexts.class.getResourceAsStream(READINGS);
        if (in == null) {
            return FuriganaEngine.withoutReadingDictionary();
        }
        try (Reader readings = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return FuriganaEngine.withReadings(readings, "content " + READINGS);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("cannot read " + READINGS, e);
        }
    }

    /**
     * Whom the furigana are for: ALL → ruby on every kanji, grade 1's included; GRADE → the child's school grade
     * (P1-P6 → 1-6, J1-J3 → 7-9, high school → 9, unknown → 1, the safe side); NONE → no automatic ruby (an
     * author's explicit ruby stays).
     */
    public static ReaderGrade reader(FuriganaPreference furigana, @Nullable Grade grade) {
        return switch (furigana) {
            case ALL -> ReaderGrade.EVERY_KANJI;
            case NONE -> ReaderGrade.ADULT;
            case GRADE -> grade == null ? ReaderGrade.of(ReaderGrade.FIRST)
                    : ReaderGrade.of(Math.min(grade.schoolYear(), ReaderGrade.LAST));
        };
    }

    /** One line of text (a title, a label) as segments with ruby where {@code reader} needs it. */
    public RubyText line(String text, ReaderGrade reader) {
        return Shared.ENGINE.annotate(text, reader);
    }

    /**
     * A child's name, family then given, with the kana on record as the reading of each (not the analyser's guess
     * at a name), ruby where {@code reader} needs it; a part without kana is read like any text.
     */
    public RubyText name(ChildName name, ReaderGrade reader) {
        var segments = new java.util.ArrayList<RubySegment>();
        segments.addAll(Shared.ENGINE.annotateWithReading(name.familyName(), name.familyNameKana(), reader).segments());
        if (!name.familyName().isEmpty() && !name.givenName().isEmpty()) {
            segments.add(RubySegment.plain(" "));
        }
        segments.addAll(Shared.ENGINE.annotateWithReading(name.givenName(), name.givenNameKana(), reader).segments());
        return new RubyText(segments);
    }

    /** A tutor's or author's Markdown as sanitised HTML (jsoup's allow-list) with {@code <ruby>} for {@code reader}. */
    public RenderedText markdown(String text, ReaderGrade reader) {
        return markdown.get().render(text, reader);
    }

    /**
     * The authors' reading check of a text for {@code reader}: every word that gets automatic ruby, with what is worth
     * a look (an unknown word, several likely readings). For editors that show it while the author writes.
     */
    public List<CheckedWord> check(String text, ReaderGrade reader) {
        return Shared.ENGINE.check(text, reader);
    }

    /** Loads the engine now (a word through it), if nothing has yet. */
    void warmUp() {
        line("学び場", ReaderGrade.EVERY_KANJI);
    }
}
