package jp.manabiba.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jp.manabiba.schools.Grade;
import jp.manabiba.schools.SchoolRecords;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.training.ReadySupporters;
import org.springframework.context.ApplicationContext;

/**
 * Two organisations of their own for a test class, each with a coordinator, a household with a child, and a
 * tutor matched with that child; a school with a teacher. Names carry a prefix so test classes do not collide.
 */
public final class PeopleFixture {

    public final TestPrincipal coordinatorA;
    public final TestPrincipal coordinatorB;
    public final TestPrincipal tutorA;
    public final TestPrincipal teacher;
    public final TestPrincipal learnerA;
    public final TestPrincipal admin;
    public final long organisationA;
    public final long organisationB;
    public final long householdA;
    public final long householdB;
    public final long learnerOfA;
    public final long learnerOfB;
    public final long supporterA;
    public final long school;

    public PeopleFixture(ApplicationContext context, String prefix) {
        SystemAccess system = context.getBean(SystemAccess.class);
        AccountAdministration accounts = context.getBean(AccountAdministration.class);
        NetworkDirectory network = context.getBean(NetworkDirectory.class);
        SchoolRecords schools = context.getBean(SchoolRecords.class);
        HouseholdRecords households = context.getBean(HouseholdRecords.class);
        LearnerRecords learners = context.getBean(LearnerRecords.class);
        SupporterRecords supporters = context.getBean(SupporterRecords.class);
        Matching matching = context.getBean(Matching.class);
        long[] ids = system.asAdministrator(() -> {
            long coordA = accounts.create(staff(prefix + "-coord-a", Role.COORDINATOR));
            long coordB = accounts.create(staff(prefix + "-coord-b", Role.COORDINATOR));
            long teacherAccount = accounts.create(staff(prefix + "-teacher", Role.TEACHER));
            accounts.create(staff(prefix + "-admin", Role.ADMIN));
            long orgA = network.addOrganisation(prefix + " 団体A");
            long orgB = network.addOrganisation(prefix + " 団体B");
            network.addCoordinator(orgA, coordA);
            network.addCoordinator(orgB, coordB);
            long schoolId = schools.addSchool(prefix + " 小学校");
            schools.addTeacher(schoolId, "教員", "花子", null, teacherAccount);
            long hA = households.create(orgA, household("青木", "あおき"));
            long hB = households.create(orgB, household("別府", "べっぷ"));
            households.recordConsent(hA, ConsentPurpose.SHARE_WITH_SCHOOL, true, "青木 母", ConsentMethod.PAPER, LocalDate.of(2026, 4, 1));
            long lA = learners.add(hA, child("青木", "あおき", schoolId));
            long lB = learners.add(hB, child("別府", "べっぷ", schoolId));
            long sA = supporters.create(orgA, new SupporterDetails(SupporterCategory.UNIVERSITY_STUDENT, "学生", "一郎",
                    "大阪大学", null, null, null));
            long tutorAccount = supporters.createLocalAccount(sA, prefix + "-tutor-a").accountId();
            ReadySupporters.makeReady(context, sA);
            long learnerAccount = learners.createLocalAccount(lA, prefix + "-learner-a").accountId();
            matching.match(sA, lA, LocalDate.of(2026, 4, 1), null);
            return new long[] {orgA, orgB, hA, hB, lA, lB, sA, schoolId, tutorAccount, learnerAccount};
        });
        organisationA = ids[0];
        organisationB = ids[1];
        householdA = ids[2];
        householdB = ids[3];
        learnerOfA = ids[4];
        learnerOfB = ids[5];
        supporterA = ids[6];
        school = ids[7];
        coordinatorA = TestPrincipal.demo(context, prefix + "-coord-a");
        coordinatorB = TestPrincipal.demo(context, prefix + "-coord-b");
        teacher = TestPrincipal.demo(context, prefix + "-teacher");
        admin = TestPrincipal.demo(context, prefix + "-admin");
        tutorA = TestPrincipal.demo(context, prefix + "-tutor-a");
        learnerA = TestPrincipal.demo(context, prefix + "-learner-a");
    }

    static HouseholdDetails household(String name, String kana) {
        return new HouseholdDetails(name, kana, "富田小学校区", HomeLanguage.JA, LocalDate.of(2025, 6, 1), null,
                EnumSet.of(Circumstance.ECONOMIC_HARDSHIP, Circumstance.DISABILITY_OR_HEALTH), "通院の付き添いが必要");
    }

    static LearnerDetails child(String family, String kana, long school) {
        return new LearnerDetails(family, "みらい", kana, "みらい", school, Grade.P4, "1組", FuriganaPreference.ALL);
    }

    private static NewAccount staff(String username, Role role) {
        return new NewAccount(username, username, null, "fixture-password", Set.of(role));
    }
}
