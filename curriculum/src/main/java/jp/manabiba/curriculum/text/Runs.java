package jp.manabiba.curriculum.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A word cut into kanji runs and the rest, and the word's reading laid over them (okurigana matched as kana). */
final class Runs {

    record Run(String text, boolean kanji) {
    }

    private Runs() {
    }

    static List<Run> of(String word) {
        var runs = new ArrayList<Run>();
        int start = 0;
        Boolean kanji = null;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            boolean isKanji = Kana.isKanji(cp);
            if (kanji != null && isKanji != kanji) {
                runs.add(new Run(word.substring(start, i), kanji));
                start = i;
            }
            kanji = isKanji;
            i += Character.charCount(cp);
        }
        if (kanji != null) {
            runs.add(new Run(word.substring(start), kanji));
        }
        return runs;
    }

    /** The part of {@code reading} over each run (the run's own text for kana), or null when they do not fit. */
    static @Nullable List<String> align(List<Run> runs, String reading) {
        var pattern = new StringBuilder();
        for (Run run : runs) {
            if (run.kanji()) {
                pattern.append("(.+?)");
            } else {
                String kana = Kana.toHiragana(run.text());
                if (!kana.codePoints().allMatch(Kana::isKana)) {
                    return null;
                }
                pattern.append('(').append(Pattern.quote(kana)).append(')');
            }
        }
        Matcher matcher = Pattern.compile(pattern.toString()).matcher(reading);
        if (!matcher.matches()) {
            return null;
        }
        var parts = new ArrayList<String>();
        for (int i = 0; i < runs.size(); i++) {
            parts.add(runs.get(i).kanji() ? matcher.group(i + 1) : runs.get(i).text());
        }
        return parts;
    }
}
