package jp.manabiba.research;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.manabiba.assignments.AssignmentAuthoring;
import jp.manabiba.assignments.AssignmentDraft;
import jp.manabiba.assignments.QuestionDraft;
import jp.manabiba.assignments.QuestionKind;

import jp.manabiba.curriculum.unit.EsdAbility;
import jp.manabiba.learning.LearningFixture;
import jp.manabiba.learning.LessonWork;
import jp.manabiba.learning.RatingMoment;
import jp.manabiba.learning.SelfRatings;
import jp.manabiba.learning.UnitAssignments;
import jp.manabiba.people.Circumstance;
import jp.manabiba.people.ConsentMethod;
import jp.manabiba.people.ConsentPurpose;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.people.HouseholdDetails;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.schools.Grade;
import jp.manabiba.i18n.ProgrammeZone;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link LearningFixture}'s organisations, with research consent: child A (青木) consents and has ESD work and two
 * ended sessions this fiscal year (one attended) and a piece of work not handed in yet; in organisation A a child whose household never answered (野村)
 * and one whose household withdrew (三浦); child B (別府) of organisation B consents.
 */
final class ResearchFixture {

    static final String FOOD = LearningFixture.FOOD;

    final LearningFixture f;
    final long learnerWithoutConsent;
    final long learnerWithdrawn;
    final FiscalYear year = FiscalYear.of(LocalDate.now(ProgrammeZone.TOKYO));

    ResearchFixture(ApplicationContext context, String prefix) {
        f = new LearningFixture(context, prefix);
        HouseholdRecords households = context.getBean(HouseholdRecords.class);
        LearnerRecords learners = context.getBean(LearnerRecords.class);
        LocalDate decided = year.firstDay();
        long[] ids = f.as(f.people.coordinatorA, () -> {
            households.recordConsent(f.people.householdA, ConsentPurpose.RESEARCH, true, "青木 母", ConsentMethod.PAPER, decided);
            long never = households.create(f.people.organisationA, household("野村", "のむら"));
            long withdrew = households.create(f.people.organisationA, household("三浦", "みうら"));
            households.recordConsent(withdrew, ConsentPurpose.RESEARCH, true, "三浦 父", ConsentMethod.PAPER, decided);
            households.recordConsent(withdrew, ConsentPurpose.RESEARCH, false, "三浦 父", ConsentMethod.PAPER, decided);
            return new long[] {learners.add(never, child("野村", "のむら", f.people.school)),
                    learners.add(withdrew, child("三浦", "みうら", f.people.school))};
        });
        learnerWithoutConsent = ids[0];
        learnerWithdrawn = ids[1];
        f.as(f.people.coordinatorB, () -> households.recordConsent(f.people.householdB, ConsentPurpose.RESEARCH, true,
                "別府 母", ConsentMethod.PAPER, decided));
        Map<EsdAbility, Integer> before = Map.of(EsdAbility.CRITICAL_THINKING, 1, EsdAbility.SYSTEMS_THINKING, 2,
                EsdAbility.COOPERATION, 2, EsdAbility.PARTICIPATION, 1);
        Map<EsdAbility, Integer> after = Map.of(EsdAbility.CRITICAL_THINKING, 3, EsdAbility.SYSTEMS_THINKING, 3,
                EsdAbility.COOPERATION, 2, EsdAbility.PARTICIPATION, 4);
        f.as(f.people.coordinatorA, () -> context.getBean(UnitAssignments.class).assignToLearners(FOOD,
                List.of(f.people.learnerOfA, learnerWithoutConsent)));
        f.as(f.people.learnerA, () -> {
            context.getBean(LessonWork.class).open(FOOD, "what-is-food-loss");
            context.getBean(SelfRatings.class).rate(FOOD, RatingMoment.START, before);
            context.getBean(SelfRatings.class).rate(FOOD, RatingMoment.END, after);
        });
        AssignmentAuthoring authoring = context.getBean(AssignmentAuthoring.class);
        f.as(f.people.coordinatorA, () -> {
            long work = authoring.create(new AssignmentDraft(f.people.organisationA, "研究テストの課題", null,
                    dueThisYear(),
                    List.of(QuestionDraft.open(QuestionKind.LONG_TEXT, "きょう がんばったことを かこう", 10, true)),
                    Set.of(f.people.learnerOfA, learnerWithoutConsent), Set.of()));
            authoring.publish(work, authoring.detail(work).version());
        });
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Instant start = year.firstDay().plusDays(9).atTime(7, 0).toInstant(ZoneOffset.UTC); // 16:00 in Japan
        session(jdbc, start, null, "CHECKED_OUT", f.people.learnerOfA, learnerWithoutConsent);
        session(jdbc, start.plusSeconds(7 * 24 * 3600), null, "ABSENT", f.people.learnerOfA, learnerWithoutConsent);
        session(jdbc, start.plusSeconds(14 * 24 * 3600), "台風のため", "ABSENT", f.people.learnerOfA, learnerWithoutConsent);
    }

    /** An ended session of organisation A in the past with these children and their attendance, as closing leaves it. */
    private void session(JdbcTemplate jdbc, Instant start, String cancelled, String state, long... learners) {
        Timestamp starts = Timestamp.from(start);
        Timestamp ends = Timestamp.from(start.plusSeconds(3600));
        jdbc.update("""
                insert into tutoring_session (organisation_id, title, starts_at, ends_at, capacity, cancelled_reason, ended_at, version)
                values (?, '研究テスト', ?, ?, 5, ?, ?, 0)""", f.people.organisationA, starts, ends, cancelled, ends);
        long session = jdbc.queryForObject("select max(id) from tutoring_session", Long.class);
        for (long learner : learners) {
            jdbc.update("insert into session_learner (session_id, learner_id) values (?, ?)", session, learner);
            jdbc.update("insert into attendance (session_id, learner_id, state, minutes, version) values (?, ?, ?, ?, 0)",
                    session, learner, state, "ABSENT".equals(state) ? 0 : 60);
        }
    }

    /** A week ahead, but still in this fiscal year (its last evening, late in March). */
    private LocalDateTime dueThisYear() {
        LocalDateTime week = LocalDateTime.now(ProgrammeZone.TOKYO).plusDays(7).withSecond(0).withNano(0);
        LocalDateTime last = year.lastDay().atTime(23, 0);
        return week.isAfter(last) ? last : week;
    }

    static HouseholdDetails household(String name, String kana) {
        return new HouseholdDetails(name, kana, "研究小学校区", HomeLanguage.JA, LocalDate.of(2025, 6, 1), null,
                EnumSet.noneOf(Circumstance.class), null);
    }

    static LearnerDetails child(String family, String kana, long school) {
        return new LearnerDetails(family, "ひかり", kana, "ひかり", school, Grade.P5, "2組", FuriganaPreference.ALL);
    }
}
