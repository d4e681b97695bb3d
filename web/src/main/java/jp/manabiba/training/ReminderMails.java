package jp.manabiba.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jp.manabiba.i18n.TranslationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** The reminder e-mails as plain UTF-8 text, in the reader's language from the translation bundles. */
@Component
class ReminderMails {

    private final TranslationProvider texts;
    private final String from;

    ReminderMails(TranslationProvider texts, @Value("${manabiba.training.mail-from:manabiba@localhost}") String from) {
        this.texts = texts;
        this.from = from;
    }

    /** To a supporter: these needed modules of theirs stop counting on these days. */
    MimeMessage expiry(JavaMailSender sender, ReminderContacts.Contact to, List<ModuleStanding> expiring) {
        Locale locale = to.locale();
        String lines = String.join("\n", expiring.stream().map(m -> text(locale, "training.mail.expiry.line",
                m.title(locale), date(m.expiresOn(), locale))).toList());
        return message(sender, to, text(locale, "training.mail.expiry.subject"),
                text(locale, "training.mail.expiry.body", to.name(), lines));
    }

    /** To a coordinator: their organisation's supporters who may not work with children, or soon may not. */
    MimeMessage digest(JavaMailSender sender, ReminderContacts.Contact to, String organisation,
                       List<SupporterStanding> listed, java.util.Map<Long, ReminderContacts.Contact> names, int days) {
        Locale locale = to.locale();
        List<String> lines = listed.stream().map(s -> {
            String name = names.containsKey(s.supporterId()) ? names.get(s.supporterId()).name() : "#" + s.supporterId();
            if (!s.ready()) {
                return text(locale, "training.mail.digest.blocked", name, String.join("、",
                        s.missingBeforeChildren().stream().map(m -> m.title(locale)).toList()));
            }
            ModuleStanding first = s.expiringWithin(days).getFirst();
            return text(locale, "training.mail.digest.expiring", name, first.title(locale),
                    date(first.expiresOn(), locale));
        }).toList();
        return message(sender, to, text(locale, "training.mail.digest.subject", organisation),
                text(locale, "training.mail.digest.body", to.name(), organisation, String.join("\n", lines)));
    }

    private MimeMessage message(JavaMailSender sender, ReminderContacts.Contact to, String subject, String body) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(java.util.Objects.requireNonNull(to.email()));
            helper.setSubject(subject);
            helper.setText(body);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }

    private String text(Locale locale, String key, Object... arguments) {
        return texts.getTranslation(key, locale, arguments);
    }

    private static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
