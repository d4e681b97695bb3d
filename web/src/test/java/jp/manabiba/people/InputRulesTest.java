package jp.manabiba.people;

import java.time.LocalDate;
import java.util.EnumSet;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.schools.Grade;
import jp.manabiba.schools.SchoolRecords;
import jp.manabiba.security.SignInCard;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.testing.Refusals;
import jp.manabiba.testing.LogCapture;
import jp.manabiba.testing.ManabibaTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The people services hold every text to its column and to the text rules whatever the form did (issue 8, points 12
 * and 13): a value the database would refuse, or a character that would deceive a reader, is refused with its
 * field's message, and nothing reaches the log at ERROR.
 */
@ManabibaTest
class InputRulesTest {

    private static PeopleFixture f;

    @Autowired
    ApplicationContext context;
    @Autowired
    SystemAccess system;
    @Autowired
    HouseholdRecords households;
    @Autowired
    LearnerRecords learners;
    @Autowired
    SupporterRecords supporters;
    @Autowired
    NetworkDirectory network;
    @Autowired
    SchoolRecords schools;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fixture() {
        if (f == null) {
            f = new PeopleFixture(context, "inputrules");
        }
    }

    @Test
    void a_circumstance_note_of_ten_thousand_characters_is_refused_with_its_field() {
        HouseholdDetails details = household("森", "もり", "あ".repeat(10_000));
        refused(() -> households.create(f.organisationA, details), "circumstanceNote", "validation.too-long", 2000);
    }

    @Test
    void a_circumstance_note_keeps_its_line_breaks_and_counts_an_emoji_as_one_character() {
        String note = "一行目\n二行目\t" + "😀".repeat(1990);
        long id = system.asAdministrator(() -> households.create(f.organisationA, household("森", "もり", note)));
        assertThat(system.asAdministrator(() -> households.open(id, "test")).details().circumstanceNote()).isEqualTo(note);
    }

    @Test
    void consent_given_by_longer_than_its_column_is_refused() {
        refused(() -> households.recordConsent(f.householdA, ConsentPurpose.PHOTOS, true, "母".repeat(101),
                ConsentMethod.PAPER, LocalDate.of(2026, 4, 1)), "givenBy", "validation.too-long", 100);
    }

    @Test
    void a_second_site_of_the_same_name_in_the_organisation_is_refused() {
        system.asAdministrator(() -> network.addSite(f.organisationA, "inputrules 教室", SiteKind.LEARNING_ROOM, null));
        refused(() -> network.addSite(f.organisationA, "inputrules 教室", SiteKind.LEARNING_ROOM, null),
                "name", "site.error.name-taken");
    }

    @Test
    void site_names_equal_under_the_database_collation_are_the_same_name() {
        system.asAdministrator(() -> network.addSite(f.organisationB, "Inputrules Room ハハ", SiteKind.OTHER, null));
        refused(() -> network.addSite(f.organisationB, "INPUTRULES room パパ", SiteKind.OTHER, null),
                "name", "site.error.name-taken");
        system.asAdministrator(() -> network.addSite(f.organisationA, "Inputrules Room ハハ", SiteKind.OTHER, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INPUTRULES 団体A", "inputrules 団体a", "inputrules 団体Ａ"})
    void organisation_names_differing_only_in_case_or_width_are_taken(String name) {
        refused(() -> network.addOrganisation(name), "name", "organisation.error.name-taken");
    }

    @Test
    void organisation_names_differing_only_in_voiced_marks_are_taken() {
        system.asAdministrator(() -> network.addOrganisation("inputrules ハハの会"));
        refused(() -> network.addOrganisation("inputrules パパの会"), "name", "organisation.error.name-taken");
    }

    @Test
    void a_sign_in_card_is_made_for_a_learner_whose_full_name_is_longer_than_an_account_name() {
        long learner = system.asAdministrator(() -> learners.add(f.householdA, new LearnerDetails("長".repeat(50),
                "名".repeat(50), "なが", "な", null, Grade.P3, null, FuriganaPreference.ALL)));
        try (LogCapture log = LogCapture.errors()) {
            SignInCard card = system.asAdministrator(() -> learners.createLocalAccount(learner, "inputrules-long-name"));
            assertThat(card.displayName()).hasSize(100).startsWith("長");
            assertThat(log.lines()).isEmpty();
        }
    }

    @Test
    void a_school_account_address_longer_than_its_column_is_refused() {
        long learner = system.asAdministrator(() -> learners.add(f.householdA, new LearnerDetails("青木", "りく",
                "あおき", "りく", null, Grade.P3, null, FuriganaPreference.ALL)));
        refused(() -> learners.linkSchoolAccount(learner, "inputrules-long-mail", "a".repeat(250) + "@example.jp"),
                "email", "validation.too-long", 254);
    }

    @ParameterizedTest
    @ValueSource(strings = {"森\u0000", "森\u001B[31m", "森\r\n山", "abc\u202Etxt.exe", "森\u2066", "森\uD800", "\uDC00森"})
    void names_with_control_bidi_or_broken_characters_are_refused(String name) {
        refused(() -> households.create(f.organisationA, household(name, "もり", null)), "familyName",
                "validation.characters");
        refused(() -> learners.add(f.householdA, new LearnerDetails("青木", name, "あおき", "そら", null, null, null,
                FuriganaPreference.ALL)), "givenName", "validation.characters");
        refused(() -> supporters.create(f.organisationA, new SupporterDetails(SupporterCategory.PARENT, name, "花子",
                null, null, null, null)), "familyName", "validation.characters");
        refused(() -> network.addOrganisation("inputrules " + name), "name", "validation.characters");
        refused(() -> network.addSite(f.organisationA, name, SiteKind.OTHER, null), "name", "validation.characters");
        refused(() -> schools.addSchool(name + "小学校"), "name", "validation.characters");
        refused(() -> households.addGuardian(f.householdA, new GuardianDetails(name, "花子", null, null, null,
                HomeLanguage.JA)), "familyName", "validation.characters");
    }

    @Test
    void a_note_may_hold_line_breaks_but_no_other_control_character() {
        refused(() -> learners.shareNote(f.learnerOfA, "宿題\u0007"), "note", "validation.characters");
        system.asAdministrator(() -> learners.shareNote(f.learnerOfA, "宿題は\n毎週火曜"));
    }

    @Test
    void half_width_kana_readings_are_stored_as_full_width_katakana() {
        long household = system.asAdministrator(() -> households.create(f.organisationA, household("山田", "ﾔﾏﾀﾞ", null)));
        assertThat(system.asAdministrator(() -> households.open(household, "test")).details().familyNameKana())
                .isEqualTo("ヤマダ");
        long learner = system.asAdministrator(() -> learners.add(household, new LearnerDetails("山田", "試験",
                "ﾔﾏﾀﾞ", "ｼｹﾝ", null, null, null, FuriganaPreference.ALL)));
        LearnerDetails stored = system.asAdministrator(() -> learners.open(learner)).details();
        assertThat(stored.familyNameKana()).isEqualTo("ヤマダ");
        assertThat(stored.givenNameKana()).isEqualTo("シケン");
    }

    @Test
    void fifty_emoji_fit_a_name_of_fifty_characters() {
        String name = "😀".repeat(50);
        system.asAdministrator(() -> supporters.create(f.organisationA, new SupporterDetails(SupporterCategory.PARENT,
                name, "花子", null, null, null, null)));
        refused(() -> supporters.create(f.organisationA, new SupporterDetails(SupporterCategory.PARENT, name + "😀",
                "花子", null, null, null, null)), "familyName", "validation.too-long", 50);
    }

    @Test
    void a_teacher_address_longer_than_its_column_is_refused() {
        refused(() -> schools.addTeacher(f.school, "教員", "三郎", "a".repeat(250) + "@example.jp", null),
                "email", "validation.too-long", 254);
    }

    private void refused(ThrowingCallable call, String field, String key, Object... args) {
        Refusals.refusedQuietly(() -> system.asAdministrator(Refusals.unchecked(call)), field, key, args);
    }

    private static HouseholdDetails household(String name, String kana, String note) {
        return new HouseholdDetails(name, kana, null, HomeLanguage.JA, LocalDate.of(2026, 4, 1), null,
                EnumSet.noneOf(Circumstance.class), note);
    }
}
