package jp.manabiba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import jp.manabiba.demo.DemoActors.Actor;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.LearnerRow;
import jp.manabiba.security.Role;
import jp.manabiba.surveys.Answer;
import jp.manabiba.surveys.AskedQuestion;
import jp.manabiba.surveys.Audience;
import jp.manabiba.surveys.GuardianLink;
import jp.manabiba.surveys.QuestionKind;
import jp.manabiba.surveys.SurveyAnswering;
import jp.manabiba.surveys.SurveyAuthoring;
import jp.manabiba.surveys.SurveyChoice;
import jp.manabiba.surveys.SurveyDetail;
import jp.manabiba.surveys.SurveyDraft;
import jp.manabiba.surveys.SurveyForm;
import jp.manabiba.surveys.SurveyRow;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's surveys, open in the first organisation, built and published by the demo coordinator through the
 * surveys' services: the children's anonymous one (the demo child 「learner」 has it to answer; learner2, learner3
 * and up to eight more children of the organisation, given accounts here, have answered, so its results show figures),
 * the supporters' identified one (tutor2 and volunteer answered, tutor has it to answer), and the guardians'
 * anonymous one in やさしい日本語, answered through eleven households' links, six before its second question was
 * reworded (version 1) and five after (version 2). Made once; on a later start only kept open.
 */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoSurveys {

    static final String CHILDREN = "居場所と学習会のアンケート（デモ）";
    static final String SUPPORTERS = "担い手ふりかえりアンケート（デモ）";
    static final String GUARDIANS = "保護者アンケート（デモ）";
    private static final int OPEN_DAYS = 60;
    private static final int MORE_CHILDREN = 8;

    private final DemoActors actors;
    private final SurveyAuthoring authoring;
    private final SurveyAnswering answering;
    private final LearnerRecords learners;
    private final Clock clock;

    DemoSurveys(DemoActors actors, SurveyAuthoring authoring, SurveyAnswering answering, LearnerRecords learners,
                Clock clock) {
        this.actors = actors;
        this.authoring = authoring;
        this.answering = answering;
        this.learners = learners;
        this.clock = clock;
    }

    void seedOnce() {
        Optional<Actor> coordinator = actors.find("coordinator", Role.COORDINATOR);
        if (coordinator.isEmpty()) {
            return;
        }
        List<SurveyRow> made = actors.as(coordinator.get(), authoring::list);
        if (made.stream().anyMatch(s -> s.title().equals(CHILDREN))) {
            actors.as(coordinator.get(), () -> keepOpen(made));
            return;
        }
        // the hub is the organisation made first: the network's own, where the demo children are (DemoDataSeeder)
        Optional<Long> hub = actors.as(coordinator.get(), authoring::organisations).stream()
                .map(SurveyChoice::id).min(Long::compare);
        if (hub.isEmpty()) {
            return;
        }
        Random random = new Random(20261201);
        List<String> missing = java.util.stream.IntStream.rangeClosed(1, MORE_CHILDREN).mapToObj(DemoSurveys::childName)
                .filter(name -> actors.find(name, Role.LEARNER).isEmpty()).toList();
        actors.as(coordinator.get(), () -> moreChildAccounts(hub.get(), missing));
        children(coordinator.get(), hub.get(), random);
        supporters(coordinator.get(), hub.get(), random);
        guardians(coordinator.get(), hub.get(), random);
    }

    private void children(Actor coordinator, long organisation, Random random) {
        long id = publish(coordinator, new SurveyDraft(organisation, CHILDREN, Audience.LEARNER, true, null, null,
                DemoSurveyQuestions.children()));
        List<String> others = new ArrayList<>(List.of("learner2", "learner3"));
        for (int i = 1; i <= MORE_CHILDREN; i++) {
            others.add(childName(i));
        }
        for (String name : others) {
            actors.find(name, Role.LEARNER).ifPresent(child -> actors.as(child, () -> {
                // a child whose household's support has ended is not in the audience
                if (answering.mine().stream().anyMatch(open -> open.id() == id)) {
                    answering.submit(id, answers(answering.open(id, false), random, "たのしかった！"), null);
                }
            }));
        }
    }

    private void supporters(Actor coordinator, long organisation, Random random) {
        long id = publish(coordinator, new SurveyDraft(organisation, SUPPORTERS, Audience.SUPPORTER, false, null, null,
                DemoSurveyQuestions.supporters()));
        for (String name : List.of("tutor2", "volunteer")) {
            Role role = name.equals("volunteer") ? Role.VOLUNTEER : Role.TUTOR;
            actors.find(name, role).ifPresent(supporter -> actors.as(supporter, () -> {
                SurveyForm form = answering.open(id, false);
                answering.submit(id, answers(form, random, "子どもが帰る前に一言ふりかえる時間があるとよいと思います。"), null);
            }));
        }
    }

    private void guardians(Actor coordinator, long organisation, Random random) {
        long id = actors.as(coordinator, () -> authoring.create(new SurveyDraft(organisation, GUARDIANS,
                Audience.GUARDIAN, true, null, null, DemoSurveyQuestions.guardians(false))));
        List<GuardianLink> links = actors.as(coordinator, () -> authoring.publish(id, today().minusDays(7),
                today().plusDays(OPEN_DAYS)).links());
        for (int i = 0; i < Math.min(11, links.size()); i++) {
            if (i == 6) {
                actors.as(coordinator, () -> {
                    SurveyDetail detail = authoring.detail(id);
                    authoring.change(id, detail.lock(), new SurveyDraft(organisation, GUARDIANS, Audience.GUARDIAN,
                            true, null, null, DemoSurveyQuestions.guardians(true)));
                });
            }
            String token = links.get(i).path().substring("survey/".length());
            answering.submitByLink(token, answers(answering.openByLink(token), random, null), null);
        }
    }

    private long publish(Actor coordinator, SurveyDraft draft) {
        return actors.as(coordinator, () -> {
            long id = authoring.create(draft);
            authoring.publish(id, today().minusDays(7), today().plusDays(OPEN_DAYS));
            return id;
        });
    }

    /** Answers leaning to agreement, as a programme's children and supporters mostly do. */
    private static Map<Long, Answer> answers(SurveyForm form, Random random, @Nullable String said) {
        Map<Long, Answer> answers = new HashMap<>();
        for (AskedQuestion q : form.questions()) {
            if (q.kind() == QuestionKind.LIKERT) {
                answers.put(q.id(), Answer.choice(3 + random.nextInt(3) - (random.nextInt(6) == 0 ? 1 : 0)));
            } else if (q.kind() == QuestionKind.SINGLE) {
                answers.put(q.id(), Answer.choice(1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(q.options().size() - 1) : 0)));
            } else if (q.kind() == QuestionKind.MULTIPLE) {
                Set<Integer> chosen = new HashSet<>();
                chosen.add(1 + random.nextInt(q.options().size()));
                chosen.add(1 + random.nextInt(q.options().size()));
                answers.put(q.id(), Answer.choices(chosen));
            } else if (said != null && random.nextBoolean()) {
                answers.put(q.id(), Answer.text(said));
            }
        }
        return answers;
    }

    /** Accounts for a few more children of the organisation, so that the anonymous results have five or more. */
    private void moreChildAccounts(long organisation, List<String> names) {
        List<LearnerRow> without = learners.enrolableIn(organisation).stream().filter(l -> !l.hasAccount()).toList();
        for (int i = 0; i < Math.min(names.size(), without.size()); i++) {
            learners.createLocalAccount(without.get(i).id(), names.get(i));
        }
    }

    private static String childName(int n) {
        return "learner" + (n + 3); // after the demo's learner, learner2 and learner3
    }

    /** A demo left running: its surveys stay open for the next visitor (a publication again keeps every answer). */
    private void keepOpen(List<SurveyRow> made) {
        LocalDate soon = today().plusDays(OPEN_DAYS / 2);
        made.stream().filter(s -> List.of(CHILDREN, SUPPORTERS, GUARDIANS).contains(s.title()))
                .filter(s -> s.opensOn() != null && s.closesOn() != null && s.closesOn().isBefore(soon))
                .forEach(s -> authoring.publish(s.id(), s.opensOn(), today().plusDays(OPEN_DAYS)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
    }
}
