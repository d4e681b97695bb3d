package jp.manabiba.learning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.audit.AuditRow;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.tutoring.Place;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SeriesPlan;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people of {@link PeopleFixture} (child A matched with tutor A, consenting to share with teacher's school;
 * child B of another organisation, not consenting) and a weekly series of organisation A with child A in it.
 */
public final class LearningFixture {

    public static final String FOOD = "food-loss-kodomo-shokudo";
    public static final String RIVER = "akutagawa-yodogawa-nature";

    public final PeopleFixture people;
    public final Acting acting;
    public final long seriesOfA;
    private final AuditLog audit;

    public LearningFixture(ApplicationContext context, String prefix) {
        this.people = new PeopleFixture(context, prefix);
        this.acting = new Acting(context);
        this.audit = context.getBean(AuditLog.class);
        LocalDate start = LocalDate.now().plusDays(1);
        acting.as(people.coordinatorA, () -> context.getBean(Scheduling.class).createSeries(new SeriesPlan(
                people.organisationA, prefix + " ESD", new Place(null, "https://meet.example.jp/esd"),
                EnumSet.of(start.getDayOfWeek()), 1, start, start.plusDays(13), LocalTime.of(16, 0), LocalTime.of(17, 0),
                5, Set.of(), List.of(people.learnerOfA), List.of(people.supporterA), false,
                SeriesPlan.DEFAULT_LATE_AFTER_MINUTES)));
        this.seriesOfA = context.getBean(JdbcTemplate.class).queryForObject(
                "select max(id) from session_series where organisation_id = ?", Long.class, people.organisationA);
    }

    public <T> T as(TestPrincipal user, java.util.function.Supplier<T> call) {
        return acting.as(user, call);
    }

    public void as(TestPrincipal user, Runnable call) {
        acting.as(user, call);
    }

    /** The audit entries of one actor for one kind of record, newest first. */
    public List<AuditRow> audited(TestPrincipal actor, String recordType) {
        return acting.as(people.admin, () -> audit.search(new AuditFilter(actor.username(), recordType, null, null), 0, 200));
    }

}
