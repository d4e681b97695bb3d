package jp.manabiba.training;

import java.util.List;

/**
 * A quiz question as the screen asks it, without its answer: the kind ({@code choice}, {@code number} or
 * {@code short-text}), the prompt and choices (ruby markup allowed), several choices allowed or one, the unit shown
 * beside a number, and the longest answer the server accepts.
 */
public record QuizItem(String id, String kind, String prompt, List<String> choices, boolean multiple, String unit,
                       int maxLength) {
}
