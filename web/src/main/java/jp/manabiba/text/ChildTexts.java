package jp.manabiba.text;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jp.manabiba.curriculum.text.ChildMarkdown;
import jp.manabiba.curriculum.text.FuriganaEngine;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.curriculum.text.RenderedText;
import jp.manabiba.curriculum.text.RubyText;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.schools.Grade;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's one {@link FuriganaEngine} (Kuromoji loaded once, with content's {@code readings.tsv}; its
 * results cached per text and grade, so a class opening the same lesson costs one analysis) and the Markdown
 * renderer for children on top of it. Every child-facing text goes through here, shown by {@code ui.ChildText}.
 */
@Component
public class ChildTexts {

    /** The reading dictionary of the content module (docs/curriculum-format.md). */
    static final String READINGS = "/jp/manabiba/content/readings.tsv";

    private final FuriganaEngine engine;
    private final ChildMarkdown markdown;

    ChildTexts(@Value("${manabiba.site-origin:https://localhost}") String siteOrigin) {
        this.engine = loadEngine();
        this.markdown = new ChildMarkdown(engine, siteOrigin);
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
     * Whom the furigana are for: ALL → ruby on every kanji beyond grade 1 (the engine's lowest reader; grade 1's 80
     * kanji stay bare); GRADE → the child's school grade (P1-P6 → 1-6, J1-J3 → 7-9, high school → 9, unknown →
     * 1, the safe side); NONE → no automatic ruby (an author's explicit ruby stays).
     */
    public static ReaderGrade reader(FuriganaPreference furigana, @Nullable Grade grade) {
        return switch (furigana) {
            case ALL -> ReaderGrade.of(ReaderGrade.FIRST);
            case NONE -> ReaderGrade.ADULT;
            case GRADE -> grade == null ? ReaderGrade.of(ReaderGrade.FIRST)
                    : ReaderGrade.of(Math.min(grade.schoolYear(), ReaderGrade.LAST));
        };
    }

    /** One line of text (a title, a label) as segments with ruby where {@code reader} needs it. */
    public RubyText line(String text, ReaderGrade reader) {
        return engine.annotate(text, reader);
    }

    /** A tutor's or author's Markdown as sanitised HTML (jsoup's allow-list) with {@code <ruby>} for {@code reader}. */
    public RenderedText markdown(String text, ReaderGrade reader) {
        return markdown.render(text, reader);
    }
}
