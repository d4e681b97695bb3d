package jp.manabiba.curriculum.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds malformed explicit ruby in an author's text: {@code {漢字|}}, {@code {|かな}}, unbalanced braces, a reading
 * that is not kana, a missing or doubled {@code |}, nested ruby. Such text is never turned into ruby: it shows as
 * written, and these problems tell the author where to look.
 */
public final class RubySyntax {

    private static final Pattern WELL_FORMED = Pattern.compile("\\{([^{}|\\n]+)\\|[^{}|\\n]+}");

    private RubySyntax() {
    }

    /** The text as plain words for adults' lists and titles: each {@code {漢字|かんじ}} as its base, 漢字. */
    public static String plain(String text) {
        return WELL_FORMED.matcher(text).replaceAll("$1");
    }

    public static List<MarkupProblem> check(String text) {
        var problems = new ArrayList<MarkupProblem>();
        int line = 1;
        int lineStart = 0;
        int open = -1;
        int openLine = 1;
        int openColumn = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    problems.add(new MarkupProblem(openLine, openColumn, "ruby '{' is not closed on its line"));
                    open = -1;
                }
                line++;
                lineStart = i + 1;
            } else if (c == '{') {
                if (open >= 0) {
                    problems.add(new MarkupProblem(line, i - lineStart + 1, "ruby inside ruby (nested '{')"));
                }
                open = i;
                openLine = line;
                openColumn = i - lineStart + 1;
            } else if (c == '}') {
                if (open < 0) {
                    problems.add(new MarkupProblem(line, i - lineStart + 1, "'}' without a '{' before it"));
                } else {
                    String problem = inner(text.substring(open + 1, i));
                    if (problem != null) {
                        problems.add(new MarkupProblem(openLine, openColumn, problem));
                    }
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            problems.add(new MarkupProblem(openLine, openColumn, "ruby '{' is not closed"));
        }
        return problems;
    }

    private static @Nullable String inner(String inside) {
        int bar = inside.indexOf('|');
        if (bar < 0) {
            return "ruby needs {base|reading}, there is no '|'";
        }
        if (inside.indexOf('|', bar + 1) >= 0) {
            return "ruby has more than one '|'";
        }
        String base = inside.substring(0, bar);
        String reading = inside.substring(bar + 1);
        if (base.isBlank()) {
            return "ruby without a base: {|" + reading + "}";
        }
        if (reading.isBlank()) {
            return "ruby without a reading: {" + base + "|}";
        }
        if (!reading.codePoints().allMatch(Kana::isKana)) {
            return "the reading of " + base + " is not kana: " + reading;
        }
        return null;
    }
}
