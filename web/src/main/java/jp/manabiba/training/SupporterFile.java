package jp.manabiba.training;

import java.util.List;

import jp.manabiba.training.HistoryLines.CertificateLine;
import jp.manabiba.training.HistoryLines.CompletionLine;
import jp.manabiba.training.HistoryLines.QuizAttemptLine;
import jp.manabiba.training.HistoryLines.SignupLine;

/** One supporter's training as their coordinator sees it: the track today and everything that led there. */
public record SupporterFile(long supporterId, String name, SupporterStanding standing, List<CompletionLine> completions,
                            List<QuizAttemptLine> quizAttempts, List<SignupLine> signups,
                            List<CertificateLine> certificates) {
}
