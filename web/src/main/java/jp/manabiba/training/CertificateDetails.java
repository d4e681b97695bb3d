package jp.manabiba.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jp.manabiba.people.SupporterCategory;
import org.jspecify.annotations.Nullable;

/**
 * What a certificate of completion says, to print it (the PDF) or to confirm it (the lookup by code).
 *
 * @param code        the verification code as printed ("ABCDE-FGHJK")
 * @param moduleTitle the module certified; null for the whole track of {@code category}
 * @param hours       the module's hours, or the sum over the track's modules that are not optional
 */
public record CertificateDetails(String code, String supporterName, String organisationName,
                                 SupporterCategory category, @Nullable String moduleTitle,
                                 @Nullable String moduleTitleEn, BigDecimal hours, LocalDate completedOn,
                                 Instant issuedAt) {

    public boolean forTrack() {
        return moduleTitle == null;
    }

    public @Nullable String moduleTitle(Locale locale) {
        return "en".equals(locale.getLanguage()) && moduleTitleEn != null ? moduleTitleEn : moduleTitle;
    }
}
