package jp.manabiba.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.curriculum.training.Quiz;
import jp.manabiba.curriculum.training.QuizQuestion;
import jp.manabiba.curriculum.training.QuizResult;
import jp.manabiba.curriculum.unit.Score;
import jp.manabiba.security.Roles;
import jp.manabiba.text.ChildTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supporter's self-study: reading a module and taking its quiz. Always the signed-in supporter's own (no
 * supporter id comes from the screen, and a coordinator cannot take a quiz for someone). The quiz is marked here,
 * against the module's package, from the raw answers alone; every attempt is kept; a pass completes the module
 * today through the ledger, also when it is still valid (a renewal is a new completion).
 */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
public class SelfStudy {

    static final String SCREEN = "self-study";

    private final StudyModules studyModules;
    private final QuizAttemptRepository attempts;
    private final CompletionRepository completions;
    private final CompletionLedger ledger;
    private final ChildTexts texts;
    private final AuditLog audit;
    private final Clock clock;

    SelfStudy(StudyModules studyModules, QuizAttemptRepository attempts, CompletionRepository completions,
              CompletionLedger ledger, ChildTexts texts, AuditLog audit, Clock clock) {
        this.studyModules = studyModules;
        this.attempts = attempts;
        this.completions = completions;
        this.ledger = ledger;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The module to read (pages rendered for an adult reader: an author's own ruby stays) and its quiz. */
    @Transactional(readOnly = true)
    public StudyModule module(String code, Locale locale) {
        OpenedModule opened = studyModules.open(code, SCREEN);
        var content = opened.content();
        List<StudyPage> pages = content.pages().stream()
                .map(page -> new StudyPage(page.title().in(locale), texts.markdown(page.text(), ReaderGrade.ADULT).html()))
                .toList();
        List<Completion> done = completionsUpToToday(opened);
        @Nullable LocalDate expires = expiry(done);
        @Nullable LocalDate first = done.stream().map(Completion::completedOn).min(Comparator.naturalOrder()).orElse(null);
        Map<String, String> previous = attempts.findFirstBySupporterIdAndModuleIdOrderBySubmittedAtDescIdDesc(
                        opened.supporterId(), opened.record().id())
                .filter(attempt -> !attempt.passed()).map(attempt -> QuizAnswers.fromJson(attempt.answers()))
                .orElse(Map.of());
        return new StudyModule(code, opened.record().title(locale), content.summary().in(locale), content.hours(), pages,
                content.quiz().passMark(), content.quiz().questions().stream().map(QuizItems::of).toList(),
                ModuleStatus.of(first, expires, Today.of(clock)), first, expires == null ? null : expires.minusDays(1),
                previous);
    }

    /**
     * Marks the signed-in supporter's answers (question id to raw answer) and keeps the attempt; a pass completes the
     * module today. Tampered answers (a question the quiz does not have, a choice not offered, text over the limit)
     * and unanswered questions are refused at their field, and nothing is kept.
     */
    @Transactional
    public QuizOutcome submit(String code, Map<String, String> answers) {
        OpenedModule opened = studyModules.open(code, SCREEN);
        Quiz quiz = opened.content().quiz();
        Map<String, String> kept = QuizAnswers.check(quiz, answers);
        QuizResult result = quiz.mark(kept);
        long me = opened.supporterId();
        QuizAttempt attempt = attempts.saveAndFlush(new QuizAttempt(me, opened.record().id(), QuizAnswers.toJson(kept),
                result.right(), result.questions(), result.passed(), clock.instant()));
        List<String> wrong = quiz.questions().stream()
                .filter(item -> item.question().score(kept.get(item.id())) != Score.RIGHT).map(QuizQuestion::id).toList();
        @Nullable LocalDate validUntil = null;
        Map<String, String> explanations = new LinkedHashMap<>();
        if (result.passed()) {
            Completion completion = ledger.record(me, opened.record().id(), Today.of(clock), CompletionMethod.QUIZ,
                    attempt.id(), null, null);
            validUntil = completion.expiresOn() == null ? null : completion.expiresOn().minusDays(1);
            quiz.questions().forEach(item -> explanations.put(item.id(), item.explanation()));
        }
        audit.record(AuditAction.CREATE, TrainingAccess.RECORD_TYPE, me, SCREEN);
        return new QuizOutcome(attempt.id(), result.right(), result.questions(), result.percent(), quiz.passMark(),
                result.passed(), wrong, explanations, validUntil);
    }

    private List<Completion> completionsUpToToday(OpenedModule opened) {
        LocalDate today = Today.of(clock);
        return completions.findBySupporterIdOrderByCompletedOnDescIdDesc(opened.supporterId()).stream()
                .filter(c -> c.moduleId() == opened.record().id() && !c.completedOn().isAfter(today)).toList();
    }

    /** As the standings count it: the latest expiry of the completions, none when one of them never expires. */
    private static @Nullable LocalDate expiry(List<Completion> done) {
        if (done.isEmpty() || done.stream().anyMatch(c -> c.expiresOn() == null)) {
            return null;
        }
        return done.stream().map(Completion::expiresOn).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
