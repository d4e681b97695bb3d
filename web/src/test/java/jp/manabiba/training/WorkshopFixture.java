package jp.manabiba.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link PeopleFixture}'s two organisations, with four more supporters who sign in in organisation A (university students, not
 * yet trained) and one in B; workshops planned two weeks ahead by A's coordinator, and moved to have started by
 * writing their times back (the service refuses a workshop planned in the past, as it should).
 */
public final class WorkshopFixture {

    public final PeopleFixture people;
    public final Acting acting;
    public final List<Long> supporters = new ArrayList<>();
    public final List<TestPrincipal> signIns = new ArrayList<>();
    public final long supporterOfB;
    public final TestPrincipal signInOfB;
    public final long workshopModule;
    public final long firstAid;
    private final ApplicationContext context;

    public WorkshopFixture(ApplicationContext context, String prefix) {
        this.context = context;
        people = new PeopleFixture(context, prefix);
        acting = new Acting(context);
        SupporterRecords records = context.getBean(SupporterRecords.class);
        for (int i = 1; i <= 4; i++) {
            int n = i;
            long id = acting.as(people.admin, () -> records.create(people.organisationA,
                    new SupporterDetails(SupporterCategory.UNIVERSITY_STUDENT, "研修", "花子" + n, null, null, null, null)));
            acting.as(people.admin, () -> records.createLocalAccount(id, prefix + "-p" + n));
            supporters.add(id);
            signIns.add(TestPrincipal.demo(context, prefix + "-p" + n));
        }
        supporterOfB = acting.as(people.admin, () -> records.create(people.organisationB,
                new SupporterDetails(SupporterCategory.PARENT, "別団体", "次郎", null, null, null, null)));
        acting.as(people.admin, () -> records.createLocalAccount(supporterOfB, prefix + "-pb"));
        signInOfB = TestPrincipal.demo(context, prefix + "-pb");
        TrainingModuleRepository modules = context.getBean(TrainingModuleRepository.class);
        workshopModule = modules.findByCode("interpersonal-support-workshop").orElseThrow().id();
        firstAid = modules.findByCode("first-aid").orElseThrow().id();
    }

    public WorkshopPlan plan(String title, int capacity) {
        LocalDate day = context.getBean(Readiness.class).today().plusDays(14);
        return new WorkshopPlan(people.organisationA, title, day, LocalTime.of(13, 0), LocalTime.of(16, 0),
                "高槻市総合市民交流センター", "山田 講師", capacity, Set.of(workshopModule));
    }

    /** A workshop of organisation A two weeks ahead. */
    public long workshop(int capacity) {
        Workshops workshops = context.getBean(Workshops.class);
        return acting.as(people.coordinatorA, () -> workshops.create(plan("対人援助の基礎", capacity)));
    }

    /** Moves the workshop to have started an hour ago (ending in an hour). */
    public void started(long workshopId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        context.getBean(JdbcTemplate.class).update("UPDATE training_workshop SET starts_at = ?, ends_at = ? WHERE id = ?",
                LocalDateTime.ofInstant(now.minus(1, ChronoUnit.HOURS), ZoneOffset.UTC),
                LocalDateTime.ofInstant(now.plus(1, ChronoUnit.HOURS), ZoneOffset.UTC), workshopId);
    }

    public SignupState signUp(int supporter, long workshopId) {
        WorkshopSignups signups = context.getBean(WorkshopSignups.class);
        return acting.as(signIns.get(supporter), () -> signups.signUp(workshopId));
    }
}
