package jp.manabiba.training;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A module's fields against V024's columns and checks, each refusal at its field: code (lower-case letters,
 * digits, hyphens, unique), titles and description within their lengths, hours above 0 and at most 100 in half
 * hours (DECIMAL(4,1)), validity 1 to 120 months or none.
 */
final class ModuleRules {

    static final BigDecimal HOURS_MAX = new BigDecimal("100");
    static final int VALIDITY_MAX = 120;
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private ModuleRules() {
    }

    static String code(@Nullable String code) {
        String checked = TextRules.line("code", code, TrainingModule.CODE_MAX);
        if (!CODE.matcher(checked).matches()) {
            throw new InvalidInput("code", "coord.error.code-format");
        }
        return checked;
    }

    static BigDecimal hours(@Nullable BigDecimal hours) {
        if (hours == null) {
            throw new InvalidInput("hours", TextRules.REQUIRED);
        }
        if (hours.signum() <= 0 || hours.compareTo(HOURS_MAX) > 0 || hours.remainder(HALF).signum() != 0) {
            throw new InvalidInput("hours", "coord.error.hours");
        }
        return hours.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    static @Nullable Integer validity(@Nullable Integer months) {
        if (months != null && (months < 1 || months > VALIDITY_MAX)) {
            throw new InvalidInput("validityMonths", "coord.error.validity");
        }
        return months;
    }

    static ModuleDraft checked(ModuleDraft draft) {
        return new ModuleDraft(draft.code(), draft.kind(),
                TextRules.line("title", draft.title(), TrainingModule.TITLE_MAX),
                TextRules.optionalLine("titleEn", draft.titleEn(), TrainingModule.TITLE_MAX),
                TextRules.optionalText("description", draft.description(), TrainingModule.DESCRIPTION_MAX),
                hours(draft.hours()), validity(draft.validityMonths()));
    }
}
