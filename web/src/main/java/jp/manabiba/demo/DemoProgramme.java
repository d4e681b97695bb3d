package jp.manabiba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jp.manabiba.demo.DemoNames.Name;
import jp.manabiba.people.Circumstance;
import jp.manabiba.people.ConsentMethod;
import jp.manabiba.people.ConsentPurpose;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.schools.Grade;
import jp.manabiba.people.GuardianDetails;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.people.HouseholdDetails;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.Matching;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import org.springframework.stereotype.Component;

/**
 * A realistic small programme, the same on every run (a fixed random seed): households across three
 * organisations with guardians, circumstances, consents and children, supporters, and matches.
 */
@Component
class DemoProgramme {

    private final HouseholdRecords households;
    private final LearnerRecords learners;
    private final SupporterRecords supporters;
    private final Matching matching;
    private final Clock clock;

    DemoProgramme(HouseholdRecords households, LearnerRecords learners, SupporterRecords supporters, Matching matching,
                  Clock clock) {
        this.households = households;
        this.learners = learners;
        this.supporters = supporters;
        this.matching = matching;
        this.clock = clock;
    }

    /** Households and learners for an organisation; returns the learners' ids. */
    List<Long> households(long organisationId, int count, List<Long> schools, Random random) {
        LocalDate today = LocalDate.now(clock);
        List<Long> learnerIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Name family = DemoNames.pick(DemoNames.FAMILY, random);
            boolean foreignRoots = family.kana().chars().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA);
            LocalDate started = today.minusDays(30 + random.nextInt(900));
            LocalDate ended = random.nextInt(5) == 0 ? started.plusDays(120 + random.nextInt(300)) : null;
            if (ended != null && ended.isAfter(today)) {
                ended = null;
            }
            Set<Circumstance> circumstances = EnumSet.of(Circumstance.ECONOMIC_HARDSHIP);
            if (random.nextBoolean()) {
                circumstances.add(Circumstance.SINGLE_PARENT);
            }
            if (foreignRoots) {
                circumstances.add(Circumstance.FOREIGN_ROOTS);
            }
            HomeLanguage language = foreignRoots ? DemoNames.pick(List.of(HomeLanguage.VI, HomeLanguage.TL,
                    HomeLanguage.KO, HomeLanguage.NE, HomeLanguage.JA_EASY), random) : HomeLanguage.JA;
            long household = households.create(organisationId, new HouseholdDetails(family.name(), family.kana(),
                    DemoNames.pick(DemoNames.DISTRICTS, random), language, started, ended, circumstances, null));
            households.addGuardian(household, new GuardianDetails(family.name(),
                    DemoNames.pick(DemoNames.GUARDIAN_GIVEN, random), "母", "072-6" + (10 + random.nextInt(89)) + "-" + (1000 + random.nextInt(8999)),
                    null, language));
            households.recordConsent(household, ConsentPurpose.LEARNING_SUPPORT, true, family.name() + " (保護者)",
                    ConsentMethod.PAPER, started);
            households.recordConsent(household, ConsentPurpose.SHARE_WITH_SCHOOL, random.nextInt(4) > 0,
                    family.name() + " (保護者)", ConsentMethod.PAPER, started);
            households.recordConsent(household, ConsentPurpose.RESEARCH, random.nextBoolean(), family.name() + " (保護者)",
                    ConsentMethod.ONLINE, started);
            int children = random.nextInt(3) == 0 ? 2 : 1;
            for (int c = 0; c < children; c++) {
                Name given = DemoNames.pick(DemoNames.GIVEN, random);
                Grade grade = Grade.values()[random.nextInt(9)];
                // the first schools are primary schools, the last a junior high school
                long school = grade.name().startsWith("J") ? schools.getLast()
                        : DemoNames.pick(schools.subList(0, schools.size() - 1), random);
                learnerIds.add(learners.add(household, new LearnerDetails(family.name(), given.name(), family.kana(),
                        given.kana(), school, grade, (1 + random.nextInt(3)) + "組",
                        grade.schoolYear() <= 3 ? FuriganaPreference.ALL : FuriganaPreference.GRADE)));
            }
        }
        return learnerIds;
    }

    long supporter(long organisationId, SupporterCategory category, Random random) {
        Name family = DemoNames.pick(DemoNames.FAMILY.subList(0, 20), random);
        Name given = DemoNames.pick(DemoNames.GIVEN.subList(0, 20), random);
        boolean student = category == SupporterCategory.UNIVERSITY_STUDENT;
        return supporters.create(organisationId, new SupporterDetails(category, family.name(), given.name(),
                student ? DemoNames.pick(List.of("大阪大学", "関西大学", "大阪医科薬科大学", "摂南大学"), random) : null,
                student ? DemoNames.pick(List.of("人間科学部", "文学部", "社会学部", "看護学部"), random) : null,
                null, null));
    }

    void match(long supporterId, List<Long> learnerIds) {
        LocalDate since = LocalDate.now(clock).minusMonths(3);
        learnerIds.forEach(learner -> matching.match(supporterId, learner, since, null));
    }
}
