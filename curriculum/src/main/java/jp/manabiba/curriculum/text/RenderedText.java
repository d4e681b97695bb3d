package jp.manabiba.curriculum.text;

import java.util.List;

/** Sanitised HTML for a child's screen, and the problems an author should fix in the source. */
public record RenderedText(String html, List<MarkupProblem> problems) {

    public RenderedText {
        problems = List.copyOf(problems);
    }
}
