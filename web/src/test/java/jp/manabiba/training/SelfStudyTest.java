package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jp.manabiba.curriculum.training.Quiz;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.testing.Refusals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Self-study through the services, as the supporter meets it: a pass completes the module today (and the modules
 * needed before children make them ready); a fail is kept with no completion and its answers come back; tampered
 * answers are refused with nothing kept; a renewal is a new completion; nobody but the supporter can submit.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfStudyTest {

    private static final String SAFEGUARDING = "child-safeguarding";
    private static final String PERSONAL_DATA = "personal-data";

    @Autowired
    ApplicationContext context;
    @Autowired
    SelfStudy selfStudy;
    @Autowired
    MyTraining myTraining;
    @Autowired
    Readiness readiness;
    @Autowired
    QuizAttemptRepository attempts;
    @Autowired
    CompletionRepository completions;
    @Autowired
    TrainingModuleRepository modules;

    StudyFixture f;
    Acting acting;
    Quiz safeguarding;

    @BeforeAll
    void fixture() {
        f = new StudyFixture(context, "self-study");
        acting = new Acting(context);
        safeguarding = StudyFixture.quiz(context, SAFEGUARDING);
    }

    @Test
    void a_pass_completes_the_module_today_and_the_modules_before_children_make_the_supporter_ready() {
        StudyFixture.Volunteer parent = f.newVolunteer("study-pass");
        assertThat(acting.as(parent.principal(), () -> myTraining.overview(Locale.JAPANESE)).ready()).isFalse();

        QuizOutcome outcome = submit(parent, SAFEGUARDING, StudyFixture.rightAnswers(safeguarding));

        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.wrong()).isEmpty();
        assertThat(outcome.explanations()).containsOnlyKeys(StudyFixture.rightAnswers(safeguarding).keySet());
        assertThat(outcome.validUntil()).isEqualTo(readiness.today().plusMonths(24).minusDays(1));
        Completion completion = completionsOf(parent, SAFEGUARDING).getFirst();
        assertThat(completion.completedOn()).isEqualTo(readiness.today());
        assertThat(completion.method()).isEqualTo(CompletionMethod.QUIZ);
        assertThat(completion.sourceId()).isEqualTo(outcome.attemptId());
        assertThat(readiness.missingBeforeChildren(parent.supporterId(), readiness.today()))
                .containsExactly("子どもと家庭の個人情報を守る");

        submit(parent, PERSONAL_DATA, StudyFixture.rightAnswers(StudyFixture.quiz(context, PERSONAL_DATA)));

        assertThat(readiness.missingBeforeChildren(parent.supporterId(), readiness.today())).isEmpty();
        TrainingOverview overview = acting.as(parent.principal(), () -> myTraining.overview(Locale.JAPANESE));
        assertThat(overview.ready()).isTrue();
        assertThat(overview.nextStep().kind()).isEqualTo(NextStep.Kind.START);
        assertThat(overview.nextStep().module()).extracting(ModuleRow::code).isEqualTo("learning-support-session");
    }

    @Test
    void a_fail_keeps_the_attempt_with_no_completion_and_its_answers_come_back_for_the_retry() {
        StudyFixture.Volunteer parent = f.newVolunteer("study-fail");
        Map<String, String> wrong = StudyFixture.wrongAnswers(safeguarding);

        QuizOutcome outcome = submit(parent, SAFEGUARDING, wrong);

        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.right()).isZero();
        assertThat(outcome.wrong()).containsExactlyElementsOf(wrong.keySet());
        assertThat(outcome.explanations()).as("no right answers given away").isEmpty();
        QuizAttempt kept = attempts.findById(outcome.attemptId()).orElseThrow();
        assertThat(kept.passed()).isFalse();
        assertThat(kept.score()).isZero();
        assertThat(kept.outOf()).isEqualTo(safeguarding.questions().size());
        assertThat(QuizAnswers.fromJson(kept.answers())).isEqualTo(wrong);
        assertThat(completionsOf(parent, SAFEGUARDING)).isEmpty();
        StudyModule again = acting.as(parent.principal(), () -> selfStudy.module(SAFEGUARDING, Locale.JAPANESE));
        assertThat(again.previousAnswers()).isEqualTo(wrong);
        assertThat(again.status()).isEqualTo(ModuleStatus.TO_DO);
    }

    @Test
    void two_wrong_answers_of_six_fail_the_pass_mark_of_eighty_and_only_those_are_named() {
        StudyFixture.Volunteer parent = f.newVolunteer("study-one-wrong");
        Map<String, String> answers = new LinkedHashMap<>(StudyFixture.rightAnswers(safeguarding));
        String first = answers.keySet().iterator().next();
        String second = List.copyOf(answers.keySet()).get(1);
        answers.put(first, StudyFixture.wrongAnswers(safeguarding).get(first));
        answers.put(second, StudyFixture.wrongAnswers(safeguarding).get(second));

        QuizOutcome outcome = submit(parent, SAFEGUARDING, answers);

        assertThat(outcome.passed()).as("%d%% against a pass mark of %d%%", outcome.percent(), outcome.passMark()).isFalse();
        assertThat(outcome.wrong()).containsExactly(first, second);
        assertThat(outcome.right()).isEqualTo(safeguarding.questions().size() - 2);

        answers.put(second, StudyFixture.rightAnswers(safeguarding).get(second));
        QuizOutcome oneWrong = submit(parent, SAFEGUARDING, answers);
        assertThat(oneWrong.passed()).as("5 of 6 is 83%").isTrue();
        assertThat(oneWrong.wrong()).containsExactly(first);
    }

    @Test
    void tampered_answers_are_refused_at_their_question_and_nothing_is_kept() {
        StudyFixture.Volunteer parent = f.newVolunteer("study-tamper");
        Map<String, String> right = StudyFixture.rightAnswers(safeguarding);
        String choiceId = "secret-promise";
        String numberId = "national-dial";

        Map<String, String> unknown = new LinkedHashMap<>(right);
        unknown.put("not-a-question", "1");
        refused(parent, unknown, QuizAnswers.QUIZ_FIELD, "training.quiz.error.unknown-question");
        Map<String, String> notOffered = new LinkedHashMap<>(right);
        notOffered.put(choiceId, "9");
        refused(parent, notOffered, choiceId, "training.quiz.error.choice");
        Map<String, String> twoForOne = new LinkedHashMap<>(right);
        twoForOne.put(choiceId, "0,1");
        refused(parent, twoForOne, choiceId, "training.quiz.error.choice");
        Map<String, String> tooLong = new LinkedHashMap<>(right);
        tooLong.put(numberId, "1".repeat(QuizAnswers.ANSWER_MAX + 1));
        refused(parent, tooLong, numberId, TextRules.TOO_LONG, QuizAnswers.ANSWER_MAX);
        Map<String, String> unanswered = new LinkedHashMap<>(right);
        unanswered.put(numberId, " ");
        refused(parent, unanswered, numberId, "training.quiz.error.unanswered");

        long module = modules.findByCode(SAFEGUARDING).orElseThrow().id();
        assertThat(attempts.findBySupporterIdAndModuleIdOrderByIdAsc(parent.supporterId(), module)).isEmpty();
        assertThat(completionsOf(parent, SAFEGUARDING)).isEmpty();
    }

    @Test
    void a_renewal_of_a_valid_module_is_a_new_completion() {
        StudyFixture.Volunteer parent = f.newVolunteer("study-renew");
        submit(parent, SAFEGUARDING, StudyFixture.rightAnswers(safeguarding));
        submit(parent, SAFEGUARDING, StudyFixture.rightAnswers(safeguarding));

        assertThat(completionsOf(parent, SAFEGUARDING)).hasSize(2);
        StudyModule module = acting.as(parent.principal(), () -> selfStudy.module(SAFEGUARDING, Locale.JAPANESE));
        assertThat(module.status()).isEqualTo(ModuleStatus.VALID);
        assertThat(module.previousAnswers()).as("a fresh quiz after a pass").isEmpty();
    }

    @Test
    void nobody_but_a_supporter_may_read_or_submit_and_a_coordinator_cannot_submit_for_someone() {
        Map<String, String> right = StudyFixture.rightAnswers(safeguarding);
        for (TestPrincipal user : List.of(f.people.coordinatorA, f.people.teacher, f.people.learnerA, f.people.admin)) {
            assertThatThrownBy(() -> acting.as(user, () -> selfStudy.submit(SAFEGUARDING, right)))
                    .as(user.username()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.as(user, () -> selfStudy.module(SAFEGUARDING, Locale.JAPANESE)))
                    .as(user.username()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.as(user, () -> myTraining.overview(Locale.JAPANESE)))
                    .as(user.username()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void another_organisations_module_and_a_workshop_are_refused_like_an_unknown_code_and_a_missing_package_is_warned() {
        StudyFixture.Volunteer parent = f.newVolunteer("study-org");
        TrainingModule ofB = modules.save(new TrainingModule("study-test-org-b", ModuleKind.SELF_STUDY, "B団体の自習",
                BigDecimal.ONE, null, f.people.organisationB, Instant.now()));
        for (String code : List.of(ofB.code(), "interpersonal-support-workshop", "first-aid", "no-such-module")) {
            assertThatThrownBy(() -> acting.as(parent.principal(), () -> selfStudy.module(code, Locale.JAPANESE)))
                    .as(code).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.as(parent.principal(), () -> selfStudy.submit(code, Map.of())))
                    .as(code).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(warningsOfTheStartCheck()).anySatisfy(line -> assertThat(line).contains("'study-test-org-b'"));
    }

    /** What the check run when the application is ready logs, run again now that a module without package exists. */
    private List<String> warningsOfTheStartCheck() {
        Logger logger = (Logger) LoggerFactory.getLogger(TrainingLibrary.class);
        ListAppender<ILoggingEvent> caught = new ListAppender<>();
        caught.start();
        logger.addAppender(caught);
        try {
            context.getBean(TrainingLibrary.class).checkPackages();
        } finally {
            logger.detachAppender(caught);
        }
        return caught.list.stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private QuizOutcome submit(StudyFixture.Volunteer who, String code, Map<String, String> answers) {
        return acting.as(who.principal(), () -> selfStudy.submit(code, answers));
    }

    private void refused(StudyFixture.Volunteer who, Map<String, String> answers, String field, String key, Object... args) {
        Refusals.refusedQuietly(() -> submit(who, SAFEGUARDING, answers), field, key, args);
    }

    private List<Completion> completionsOf(StudyFixture.Volunteer who, String code) {
        long module = modules.findByCode(code).orElseThrow().id();
        return completions.findBySupporterIdOrderByCompletedOnDescIdDesc(who.supporterId()).stream()
                .filter(c -> c.moduleId() == module).toList();
    }
}
