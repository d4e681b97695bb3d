package jp.manabiba.training;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.testing.Acting;
import jp.manabiba.tutoring.Place;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SeriesPlan;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supporters of organisation A in each state the coordinator's list knows, on top of {@link PeopleFixture}
 * (whose university student, supporter A, is ready and matched): an untrained parent who is nevertheless still
 * scheduled and matched (as if their training had lapsed after they were planned in), and a parent ready today
 * whose safeguarding runs out in 30 days.
 */
final class CoordinationFixture {

    static final String SAFEGUARDING = "子どもを守る：打ち明けられたときの対応";
    static final String PERSONAL_DATA = "子どもと家庭の個人情報を守る";

    final PeopleFixture people;
    final Acting acting;
    final LocalDate today;
    final long untrained;
    final long expiring;
    final LocalDate sessionDay;
    private final ApplicationContext context;

    CoordinationFixture(ApplicationContext context, String prefix) {
        this.context = context;
        this.people = new PeopleFixture(context, prefix);
        this.acting = new Acting(context);
        this.today = context.getBean(Readiness.class).today();
        this.untrained = supporter(SupporterCategory.PARENT, "未修");
        this.expiring = supporter(SupporterCategory.PARENT, "期限");
        complete(expiring, "child-safeguarding", today.minusMonths(24).plusDays(30));
        complete(expiring, "personal-data", today);
        ZonedDateTime start = ZonedDateTime.now(ProgrammeZone.TOKYO).plusDays(5).withHour(16).withMinute(0)
                .withSecond(0).withNano(0);
        this.sessionDay = start.toLocalDate();
        acting.as(people.coordinatorA, () -> context.getBean(Scheduling.class).createSeries(new SeriesPlan(
                people.organisationA, "学習会", new Place(null, "https://meet.example.jp/coord"),
                EnumSet.of(start.getDayOfWeek()), 1, sessionDay, sessionDay, start.toLocalTime(),
                start.toLocalTime().plusHours(1), 5, Set.of(), List.of(people.learnerOfA), List.of(people.supporterA),
                false, SeriesPlan.DEFAULT_LATE_AFTER_MINUTES)));
        // as if planned in while ready: the gate refuses it today, and never removes anyone silently
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("""
                INSERT INTO session_supporter (session_id, supporter_id)
                SELECT s.id, ? FROM tutoring_session s JOIN session_supporter t ON t.session_id = s.id
                WHERE t.supporter_id = ?""", untrained, people.supporterA);
        jdbc.update("INSERT INTO tutoring_match (supporter_id, learner_id, starts_on, created_at) VALUES (?, ?, ?, NOW(6))",
                untrained, people.learnerOfA, today.minusDays(10));
    }

    long supporter(SupporterCategory category, String familyName) {
        return acting.as(people.coordinatorA, () -> context.getBean(SupporterRecords.class).create(people.organisationA,
                new SupporterDetails(category, familyName, "花子", null, null, null, null)));
    }

    void complete(long supporter, String code, LocalDate on) {
        long module = moduleId(code);
        acting.as(people.coordinatorA, () -> context.getBean(TrainingRecords.class).recordCompletion(supporter, module, on, null));
    }

    long moduleId(String code) {
        return context.getBean(TrainingModuleRepository.class).findByCode(code).orElseThrow().id();
    }
}
