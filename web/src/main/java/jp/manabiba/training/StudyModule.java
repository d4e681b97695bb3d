package jp.manabiba.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A self-study module as the supporter reads it: pages in order, then the quiz and its pass mark in percent; where
 * the supporter is with it today; and, after a failed attempt, the answers they gave, to correct rather than retype.
 *
 * @param doneOn          the first day it was completed, null when never
 * @param validUntil      the last day the newest completion counts, null when never done or never expiring
 * @param previousAnswers the last attempt's answers when it failed, empty otherwise
 */
public record StudyModule(String code, String title, String summary, BigDecimal hours, List<StudyPage> pages,
                          int passMark, List<QuizItem> questions, ModuleStatus status, @Nullable LocalDate doneOn,
                          @Nullable LocalDate validUntil,
                          Map<String, String> previousAnswers) {
}
