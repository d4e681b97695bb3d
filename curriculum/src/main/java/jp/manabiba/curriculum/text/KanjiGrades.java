package jp.manabiba.curriculum.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * In which grade a child learns each kanji: MEXT's 学年別漢字配当表 (in force since April 2020) for grades 1-6, the
 * rest of the jōyō list in junior high. Both tables are data files beside this class, their source in a header.
 */
public final class KanjiGrades {

    /** Grade in which the jōyō kanji that are not kyōiku kanji are learned. */
    public static final int JUNIOR_HIGH = 7;
    /** A kanji outside the jōyō list: never counted as learned by a school child. */
    public static final int NOT_TAUGHT = Integer.MAX_VALUE;

    private static final KanjiGrades MEXT = load();

    private final Map<Integer, Integer> gradeByKanji;
    /** The table's own forms of kanji that the list writes in their common form (𠮟 for 叱): not counted. */
    private final Set<Integer> otherForms;

    private KanjiGrades(Map<Integer, Integer> gradeByKanji, Set<Integer> otherForms) {
        this.gradeByKanji = Map.copyOf(gradeByKanji);
        this.otherForms = Set.copyOf(otherForms);
    }

    public static KanjiGrades mext() {
        return MEXT;
    }

    /** 1-6 for a kyōiku kanji, {@link #JUNIOR_HIGH} for the other jōyō kanji, else {@link #NOT_TAUGHT}. */
    public int gradeOf(int codePoint) {
        return gradeByKanji.getOrDefault(codePoint, NOT_TAUGHT);
    }

    public boolean isLearned(int codePoint, ReaderGrade reader) {
        if (reader.isAdult()) {
            return true;
        }
        if (reader.isEveryKanji()) {
            return false;
        }
        int taught = gradeOf(codePoint);
        return taught <= Math.min(reader.value(), JUNIOR_HIGH);
    }

    /** How many kanji a grade adds (1-6), or the junior-high part of the jōyō list (7); other forms not counted. */
    public long countInGrade(int grade) {
        return gradeByKanji.entrySet().stream()
                .filter(e -> e.getValue() == grade && !otherForms.contains(e.getKey())).count();
    }

    private static KanjiGrades load() {
        var grades = new HashMap<Integer, Integer>();
        var sameKanji = new HashMap<Integer, Integer>();
        for (String line : lines("joyo-kanji.txt")) {
            if (line.startsWith("=")) {
                int[] pair = line.substring(1).codePoints().toArray();
                sameKanji.put(pair[0], pair[1]);
                continue;
            }
            line.codePoints().forEach(cp -> {
                if (grades.put(cp, JUNIOR_HIGH) != null) {
                    throw new IllegalStateException("joyo-kanji.txt lists " + Character.toString(cp) + " twice");
                }
            });
        }
        for (String line : lines("kyoiku-kanji.txt")) {
            int tab = line.indexOf('\t');
            int grade = Integer.parseInt(line.substring(0, tab));
            line.substring(tab + 1).codePoints().forEach(cp -> {
                Integer before = grades.put(cp, grade);
                if (before == null || before != JUNIOR_HIGH) {
                    throw new IllegalStateException("kyoiku-kanji.txt: " + Character.toString(cp)
                            + (before == null ? " is not in the jōyō list" : " is listed twice"));
                }
            });
        }
        sameKanji.forEach((form, listed) -> grades.put(form, grades.get(listed)));
        return new KanjiGrades(grades, sameKanji.keySet());
    }

    private static java.util.List<String> lines(String resource) {
        var stream = Objects.requireNonNull(KanjiGrades.class.getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
