package jp.manabiba.people;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * The rules of household and guardian input, checked by the services whatever the form did: each column's length,
 * the characters of {@link TextRules}, kana readings through NFKC. A check returns the details as they are stored.
 */
final class HouseholdValidation {

    static final int GUARDIAN_NAME_MAX = 50;
    static final int RELATIONSHIP_MAX = 30;
    static final int PHONE_MAX = 30;
    static final int EMAIL_MAX = 254;
    static final int GIVEN_BY_MAX = 100;

    private HouseholdValidation() {
    }

    static HouseholdDetails check(HouseholdDetails details) {
        String familyName = TextRules.line("familyName", details.familyName(), Household.NAME_MAX);
        String kana = TextRules.kana("familyNameKana", details.familyNameKana(), Household.KANA_MAX);
        Kana.require("familyNameKana", kana);
        String district = TextRules.optionalLine("district", details.district(), Household.DISTRICT_MAX);
        String note = TextRules.optionalText("circumstanceNote", details.circumstanceNote(),
                Household.CIRCUMSTANCE_NOTE_MAX);
        if (details.supportEnded() != null && details.supportEnded().isBefore(details.supportStarted())) {
            throw new InvalidInput("supportEnded", "household.error.ended-before-started");
        }
        return new HouseholdDetails(familyName, kana, district, details.preferredLanguage(), details.supportStarted(),
                details.supportEnded(), details.circumstances(), note);
    }

    static GuardianDetails check(GuardianDetails guardian) {
        String familyName = TextRules.line("familyName", guardian.familyName(), GUARDIAN_NAME_MAX);
        String givenName = TextRules.line("givenName", guardian.givenName(), GUARDIAN_NAME_MAX);
        String relationship = TextRules.optionalLine("relationship", guardian.relationship(), RELATIONSHIP_MAX);
        String phone = phone("phone", guardian.phone());
        String email = email("email", guardian.email());
        return new GuardianDetails(familyName, givenName, relationship, phone, email, guardian.preferredLanguage());
    }

    static @Nullable String phone(String field, @Nullable String value) {
        String phone = TextRules.optionalLine(field, value, PHONE_MAX);
        if (phone != null && !phone.matches("[0-9+()\\- ]{6,30}")) {
            throw new InvalidInput(field, "validation.phone");
        }
        return phone;
    }

    static @Nullable String email(String field, @Nullable String value) {
        String email = TextRules.optionalLine(field, value, EMAIL_MAX);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInput(field, "validation.email");
        }
        return email;
    }

    static String givenBy(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("givenBy", "consent.error.given-by-required");
        }
        return TextRules.line("givenBy", value, GIVEN_BY_MAX);
    }
}
