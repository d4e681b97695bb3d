package jp.manabiba.curriculum.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.manabiba.curriculum.text.CheckedWord;
import jp.manabiba.curriculum.text.FuriganaEngine;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.curriculum.unit.ReadingWarning;
import org.jspecify.annotations.Nullable;

/**
 * The authors' reading check over a module: its titles, pages, questions and explanations. Adults read without
 * automatic ruby, but a supporter may switch furigana on (many supporters and parents read Japanese as a second
 * language), so the check runs as for a reader who gets ruby on every kanji ({@link ReaderGrade#EVERY_KANJI}):
 * a word the analyser does not know would then show without a reading.
 */
public final class TrainingReadingCheck {

    private static final ReaderGrade READER = ReaderGrade.EVERY_KANJI;
    private final FuriganaEngine engine;

    public TrainingReadingCheck(FuriganaEngine engine) {
        this.engine = Objects.requireNonNull(engine);
    }

    /** The words of {@code module} whose reading needs a look, in reading order. */
    public List<ReadingWarning> warnings(TrainingModule module) {
        var warnings = new ArrayList<ReadingWarning>();
        String yaml = TrainingModuleLoader.METADATA;
        check(module, yaml, "title", module.title().ja(), warnings);
        check(module, yaml, "summary", module.summary().ja(), warnings);
        for (TrainingPage page : module.pages()) {
            check(module, yaml, "page " + page.file() + " title", page.title().ja(), warnings);
            check(module, page.file(), null, page.text(), warnings);
        }
        for (QuizQuestion item : module.quiz().questions()) {
            for (String text : item.question().childTexts()) {
                check(module, yaml, "question " + item.id(), text, warnings);
            }
            check(module, yaml, "question " + item.id() + " explanation", item.explanation(), warnings);
        }
        return warnings;
    }

    /** Only the words the analyser does not know. */
    public List<ReadingWarning> unknownWords(TrainingModule module) {
        return warnings(module).stream().filter(ReadingWarning::isUnknownWord).toList();
    }

    private void check(TrainingModule module, String file, @Nullable String field, String text,
            List<ReadingWarning> out) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (CheckedWord word : engine.check(lines[i], READER)) {
                if (word.needsAttention()) {
                    out.add(new ReadingWarning(module.id(), file, field, i + 1, word.offset() + 1, word));
                }
            }
        }
    }
}
