package jp.manabiba.training.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one certificate says. Built by the training feature from a completion record; the names are printed as they
 * are stored (a character the bundled font lacks prints as 〓, not as an error).
 *
 * @param supporterName    the supporter's full name, e.g. 山田 花子
 * @param kind             a module or a whole track
 * @param completedTitle   the module's title or the track's name
 * @param hours            the hours of training the certificate covers (0.5 steps are common)
 * @param completedOn      the day the module or track was completed (Asia/Tokyo)
 * @param organisationName the organisation that issues the certificate
 * @param verificationCode the stored code as printed ("ABCDE-FGHJK"; see training.CertificateCodes)
 * @param issuedOn         the day the certificate was made
 */
public record CertificateContent(String supporterName, CompletionKind kind, String completedTitle, BigDecimal hours,
                                 LocalDate completedOn, String organisationName, String verificationCode,
                                 LocalDate issuedOn) {

    public CertificateContent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(completedOn);
        Objects.requireNonNull(issuedOn);
        for (String text : new String[] {supporterName, completedTitle, organisationName, verificationCode}) {
            if (text.isBlank()) {
                throw new IllegalArgumentException("A certificate needs a name, a title, an organisation and a code");
            }
        }
        if (hours.signum() < 0) {
            throw new IllegalArgumentException("Hours cannot be negative: " + hours);
        }
    }
}
