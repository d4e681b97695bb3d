package jp.manabiba.assignments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.schools.Grade;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.tutoring.Place;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SeriesPlan;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People of their own (PeopleFixture: organisations A and B, tutor A matched with child A, a teacher whose pupil A
 * is consented and pupil B is not) plus a second child of organisation A with an account (not matched with the
 * tutor), and assignments built and published through the services.
 */
final class AssignmentsFixture {

    final PeopleFixture people;
    final Acting acting;
    final TestPrincipal learnerA2;
    final long learnerOfA2;
    final AssignmentAuthoring authoring;
    final Answering answering;
    final Reviewing reviewing;
    final AssignmentResults results;
    final JdbcClient jdbc;
    private final Scheduling scheduling;

    AssignmentsFixture(ApplicationContext context, String prefix) {
        this.people = new PeopleFixture(context, prefix);
        this.acting = new Acting(context);
        LearnerRecords learners = context.getBean(LearnerRecords.class);
        this.learnerOfA2 = context.getBean(SystemAccess.class).asAdministrator(() -> {
            long id = learners.add(people.householdA, new LearnerDetails("青木", "そら", "あおき", "そら", people.school,
                    Grade.P2, "2組", FuriganaPreference.ALL));
            learners.createLocalAccount(id, prefix + "-learner-a2");
            return id;
        });
        this.learnerA2 = TestPrincipal.demo(context, prefix + "-learner-a2");
        this.authoring = context.getBean(AssignmentAuthoring.class);
        this.answering = context.getBean(Answering.class);
        this.reviewing = context.getBean(Reviewing.class);
        this.results = context.getBean(AssignmentResults.class);
        this.scheduling = context.getBean(Scheduling.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    static LocalDateTime inDays(int days) {
        return LocalDateTime.now(ProgrammeZone.TOKYO).plusDays(days).withSecond(0).withNano(0);
    }

    static AssignmentDraft draft(String title, List<QuestionDraft> questions, Set<Long> learners, Set<Long> series) {
        return new AssignmentDraft(null, title, "つぎの {問題|もんだい} に こたえよう", inDays(7), questions, learners, series);
    }

    static List<QuestionDraft> oneLongQuestion() {
        return List.of(QuestionDraft.open(QuestionKind.LONG_TEXT, "きょう がんばったことを かこう", 10, true));
    }

    /** A draft by {@code author} published at once; returns its id. */
    long published(TestPrincipal author, AssignmentDraft draft) {
        return acting.as(author, () -> {
            long id = authoring.create(draft);
            authoring.publish(id, authoring.detail(id).version());
            return id;
        });
    }

    /** The child's piece of work of this assignment (through their to-do list). */
    long submissionOf(TestPrincipal child, long assignmentId) {
        return acting.as(child, () -> answering.todo().stream().filter(t -> t.assignmentId() == assignmentId)
                .findFirst().orElseThrow().submissionId());
    }

    /** A weekly series of organisation A over two weeks, with child A and tutor A; returns its id. */
    long series() {
        LocalDate start = LocalDate.now(ProgrammeZone.TOKYO).plusDays(3);
        SeriesPlan plan = new SeriesPlan(people.organisationA, "課題テスト学習会", new Place(null, "https://meet.example.jp/a"),
                EnumSet.of(start.getDayOfWeek()), 1, start, start.plusDays(7), LocalTime.of(17, 0), LocalTime.of(18, 0),
                10, Set.of(), List.of(people.learnerOfA), List.of(people.supporterA));
        acting.as(people.coordinatorA, () -> scheduling.createSeries(plan));
        return jdbc.sql("select max(id) from session_series where organisation_id = ?").param(people.organisationA)
                .query(Long.class).single();
    }

    /** Enrols a child in the series' last session (as its coordinator). */
    void enrolLater(long seriesId, long learnerId) {
        long session = jdbc.sql("select max(id) from tutoring_session where series_id = ?").param(seriesId)
                .query(Long.class).single();
        acting.as(people.coordinatorA, () -> scheduling.enrol(session, learnerId));
    }

}
