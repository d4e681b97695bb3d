package jp.manabiba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

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
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.schools.SchoolRecords;
import jp.manabiba.people.SiteKind;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * On a run with no configuration, fills an empty database with a small demo programme (3 organisations, 60
 * households, about 80 learners, 30 supporters, schools, a teacher) and prints how to sign in. It never runs
 * twice on the same data, and never under the production profile.
 */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoDataSeeder implements ApplicationRunner {

    static final String PASSWORD = "manabiba-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final List<String> SIGN_IN_NAMES = List.of("admin", "coordinator", "coordinator2", "tutor", "tutor2",
            "volunteer", "teacher", "learner", "learner2", "learner3");

    private final AccountAdministration accounts;
    private final NetworkDirectory network;
    private final SchoolRecords schools;
    private final HouseholdRecords households;
    private final LearnerRecords learners;
    private final SupporterRecords supporters;
    private final DemoProgramme programme;
    private final DemoSessions sessions;
    private final DemoDropIn dropIn;
    private final DemoWork work;
    private final DemoUnits units;
    private final DemoTraining training;
    private final DemoOutcomes outcomes;
    private final DemoHistory history;
    private final SystemAccess system;
    private final Clock clock;
    private final DemoSurveys surveys;

    DemoDataSeeder(AccountAdministration accounts, NetworkDirectory network, SchoolRecords schools,
                   HouseholdRecords households, LearnerRecords learners, SupporterRecords supporters,
                   DemoProgramme programme, DemoSessions sessions, DemoDropIn dropIn, DemoWork work, DemoUnits units,
                   DemoTraining training, DemoOutcomes outcomes, DemoSurveys surveys, DemoHistory history,
                   SystemAccess system, Clock clock) {
        this.surveys = surveys;
        this.history = history;
        this.training = training;
        this.work = work;
        this.units = units;
        this.outcomes = outcomes;
        this.sessions = sessions;
        this.dropIn = dropIn;
        this.accounts = accounts;
        this.network = network;
        this.schools = schools;
        this.households = households;
        this.learners = learners;
        this.supporters = supporters;
        this.programme = programme;
        this.system = system;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        system.asAdministrator(() -> {
            if (!accounts.anyAccountExists()) {
                long began = System.nanoTime();
                seed();
                log.info("Demo programme created in {} ms", (System.nanoTime() - began) / 1_000_000);
            }
            dropIn.keepOpen();
        });
        // after the rooms: the units' weekly room must exist. Each is made once, also on a demo made before them.
        work.seedOnce();
        units.seedOnce();
        outcomes.seedOnce();
        surveys.seedOnce();
        history.seedOnce(); // last: the work and units above are made only where none exist yet
        log.info("""

                ================================================================
                 Manabiba demo: sign in as one of
                   {}
                 with the password: {}
                ================================================================""", String.join(", ", SIGN_IN_NAMES), PASSWORD);
    }

    private void seed() {
        Random random = new Random(20261127);
        accounts.create(staff("admin", "管理 太郎", Role.ADMIN));
        long coordinator = accounts.create(staff("coordinator", "調整 花子", Role.COORDINATOR));
        long coordinator2 = accounts.create(staff("coordinator2", "連携 次郎", Role.COORDINATOR));

        long network1 = network.addOrganisation("高槻こども居場所ネット（デモ）");
        network.addSite(network1, "みんなの食堂 とんだ", SiteKind.CHILDRENS_CAFETERIA, "高槻市富田町");
        network.addSite(network1, "まなびルーム あくたがわ", SiteKind.LEARNING_ROOM, "高槻市芥川町");
        long network2 = network.addOrganisation("子育てひろば ぽかぽか（デモ）");
        network.addSite(network2, "ぽかぽか 公民館", SiteKind.COMMUNITY_HALL, "高槻市城北町");
        long network3 = network.addOrganisation("多文化ひろば たかつき（デモ）");
        network.addSite(network3, "にほんご教室 えき前", SiteKind.LEARNING_ROOM, "高槻市紺屋町");
        network.addCoordinator(network1, coordinator);
        network.addCoordinator(network2, coordinator);
        network.addCoordinator(network3, coordinator2);

        List<Long> schoolIds = List.of(schools.addSchool("高槻市立富田小学校（デモ）"),
                schools.addSchool("高槻市立芥川小学校（デモ）"), schools.addSchool("高槻市立第一中学校（デモ）"));
        long teacher = accounts.create(staff("teacher", "先生 一郎", Role.TEACHER));
        schools.addTeacher(schoolIds.getFirst(), "先生", "一郎", null, teacher);

        List<Long> demoLearners = namedChildren(network1, schoolIds.getFirst());
        List<Long> learners1 = new ArrayList<>(programme.households(network1, 27, schoolIds, random));
        List<Long> learners2 = programme.households(network2, 18, schoolIds, random);
        List<Long> learners3 = programme.households(network3, 14, schoolIds, random);

        long tutor = supporterWithAccount(network1, SupporterCategory.UNIVERSITY_STUDENT, "tutor", random);
        long tutor2 = supporterWithAccount(network1, SupporterCategory.UNIVERSITY_STUDENT, "tutor2", random);
        long volunteer = supporterWithAccount(network1, SupporterCategory.EX_NURSERY_TEACHER, "volunteer", random);
        training.ready(tutor);
        training.ready(tutor2);
        training.begun(volunteer); // not ready: not matched, not in a session, and told what is missing
        training.workshop(network1);
        programme.match(tutor, List.of(demoLearners.get(0), demoLearners.get(1), learners1.get(0)));
        programme.match(tutor2, List.of(demoLearners.get(2), learners1.get(1), learners1.get(2)));
        sessions.plan(network1, List.of(demoLearners.get(0), demoLearners.get(1), demoLearners.get(2), learners1.get(0),
                learners1.get(1), learners1.get(2)), tutor);
        SupporterCategory[] categories = SupporterCategory.values();
        for (int i = 0; i < 27; i++) {
            long organisation = List.of(network1, network2, network3).get(i % 3);
            long supporter = programme.supporter(organisation, categories[i % categories.length], random);
            if (i == 0) {
                training.renewalDue(supporter);
            } else if (i % 5 == 4) {
                training.ready(supporter);
            } else {
                training.trained(supporter, random);
            }
            List<Long> pool = List.of(learners1, learners2, learners3).get(i % 3);
            programme.match(supporter, List.of(pool.get(4 + i / 3)));
        }
    }

    /** The demo learners' own household, so that signing in as "learner" always greets the same child. */
    private List<Long> namedChildren(long organisation, long school) {
        LocalDate started = LocalDate.now(clock).minusMonths(8);
        long household = households.create(organisation, new HouseholdDetails("山田", "やまだ", "富田小学校区",
                HomeLanguage.JA, started, null, EnumSet.of(Circumstance.ECONOMIC_HARDSHIP, Circumstance.SINGLE_PARENT), null));
        households.addGuardian(household, new GuardianDetails("山田", "恵子", "母", "072-600-0000", "keiko.yamada@example.jp",
                HomeLanguage.JA));
        households.recordConsent(household, ConsentPurpose.LEARNING_SUPPORT, true, "山田 恵子", ConsentMethod.PAPER, started);
        households.recordConsent(household, ConsentPurpose.SHARE_WITH_SCHOOL, true, "山田 恵子", ConsentMethod.PAPER, started);
        households.recordConsent(household, ConsentPurpose.RESEARCH, true, "山田 恵子", ConsentMethod.PAPER, started);
        long hinata = learners.add(household, new LearnerDetails("山田", "ひなた", "やまだ", "ひなた", school, Grade.P3,
                "2組", FuriganaPreference.ALL));
        long yuki = learners.add(household, new LearnerDetails("山田", "ゆうき", "やまだ", "ゆうき", school, Grade.P6,
                "1組", FuriganaPreference.GRADE));
        long household2 = households.create(organisation, new HouseholdDetails("グエン", "グエン", "富田小学校区",
                HomeLanguage.VI, started, null, EnumSet.of(Circumstance.FOREIGN_ROOTS), null));
        households.addGuardian(household2, new GuardianDetails("グエン", "リン", "母", "072-600-0001", null, HomeLanguage.VI));
        households.recordConsent(household2, ConsentPurpose.LEARNING_SUPPORT, true, "グエン リン", ConsentMethod.PAPER, started);
        long an = learners.add(household2, new LearnerDetails("グエン", "アン", "グエン", "アン", school, Grade.P4, "1組",
                FuriganaPreference.ALL));
        learners.shareNote(hinata, "算数の文章題が苦手です。ゆっくり読み上げると解けることが多いです。");
        withDemoPassword(learners.createLocalAccount(hinata, "learner").accountId());
        withDemoPassword(learners.createLocalAccount(yuki, "learner2").accountId());
        withDemoPassword(learners.createLocalAccount(an, "learner3").accountId());
        return List.of(hinata, yuki, an);
    }

    private long supporterWithAccount(long organisation, SupporterCategory category, String username, Random random) {
        long supporter = programme.supporter(organisation, category, random);
        withDemoPassword(supporters.createLocalAccount(supporter, username).accountId());
        return supporter;
    }

    private void withDemoPassword(long accountId) {
        accounts.setPassword(accountId, PASSWORD);
    }

    private static NewAccount staff(String username, String displayName, Role role) {
        return new NewAccount(username, displayName, null, PASSWORD, Set.of(role));
    }
}
