package jp.manabiba.people;

import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;

/** The rules of household and guardian input, checked by the services whatever the form did. */
final class HouseholdValidation {

    private HouseholdValidation() {
    }

    static void check(HouseholdDetails details) {
        required("familyName", details.familyName(), Household.NAME_MAX);
        required("familyNameKana", details.familyNameKana(), Household.KANA_MAX);
        Kana.require("familyNameKana", details.familyNameKana());
        optional("district", details.district(), Household.DISTRICT_MAX);
        if (details.supportEnded() != null && details.supportEnded().isBefore(details.supportStarted())) {
            throw new InvalidInput("supportEnded", "household.error.ended-before-started");
        }
    }

    static void check(GuardianDetails guardian) {
        required("familyName", guardian.familyName(), 50);
        required("givenName", guardian.givenName(), 50);
        optional("relationship", guardian.relationship(), 30);
        optional("phone", guardian.phone(), 30);
        if (guardian.phone() != null && !guardian.phone().isBlank() && !guardian.phone().matches("[0-9+()\\- ]{6,30}")) {
            throw new InvalidInput("phone", "validation.phone");
        }
        optional("email", guardian.email(), 254);
        if (guardian.email() != null && !guardian.email().isBlank() && !guardian.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInput("email", "validation.email");
        }
    }

    static void required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        optional(field, value, max);
    }

    static void optional(String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidInput(field, "validation.too-long", max);
        }
    }
}
