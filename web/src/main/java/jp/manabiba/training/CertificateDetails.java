package jp.manabiba.training;

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
 */
public record CertificateDetails(String code, String supporterName, String organisationName,
                                 SupporterCategory category, @Nullable String moduleTitle,
                                 @Nullable String moduleTitleEn, LocalDate completedOn, Instant issuedAt) {

    public boolean forTrack() {
        return moduleTitle == null;
    }

    public @Nullable String moduleTitle(Locale locale) {
        return "en".equals(locale.getLanguage()) && moduleTitleEn != null ? moduleTitleEn : moduleTitle;
    }
}
