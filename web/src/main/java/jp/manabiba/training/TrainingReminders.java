package jp.manabiba.training;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.manabiba.i18n.ProgrammeZone;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail reminders, on when an SMTP server is configured ({@code spring.mail.host}; without it Spring Boot makes no
 * mail sender and this says so once at start): every morning each supporter whose needed module stops counting
 * within {@value #DAYS} days is told, once per completion; every Monday each organisation's coordinators get the
 * list of their supporters who may not work with children (and why) or soon may not. One node sends (ShedLock).
 * A message that fails is logged and tried again the next run; the others still go.
 */
@Component
public class TrainingReminders {

    static final int DAYS = 60;
    private static final Logger log = LoggerFactory.getLogger(TrainingReminders.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final StandingQuery standings;
    private final ReminderContacts contacts;
    private final ReminderLedger ledger;
    private final ReminderMails mails;
    private final TrainingNames names;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    TrainingReminders(ObjectProvider<JavaMailSender> mailSender, StandingQuery standings, ReminderContacts contacts,
                      ReminderLedger ledger, ReminderMails mails, TrainingNames names, TransactionTemplate transactions,
                      LockingTaskExecutor locks, Clock clock) {
        this.mailSender = mailSender;
        this.standings = standings;
        this.contacts = contacts;
        this.ledger = ledger;
        this.mails = mails;
        this.names = names;
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherOn() {
        if (mailSender.getIfAvailable() == null) {
            log.info("Training reminders by e-mail are off: spring.mail.host (SPRING_MAIL_HOST) is not set");
        }
    }

    @Scheduled(cron = "${manabiba.training.reminder-cron:0 0 8 * * *}", zone = ProgrammeZone.ID)
    public void remindOnOneNode() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            locks.executeWithLock((Runnable) () -> sendExpiryReminders(sender), new LockConfiguration(clock.instant(),
                    "training-expiry-reminders", Duration.ofHours(1), Duration.ofMinutes(30)));
        }
    }

    @Scheduled(cron = "${manabiba.training.digest-cron:0 0 8 * * MON}", zone = ProgrammeZone.ID)
    public void digestOnOneNode() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            locks.executeWithLock((Runnable) () -> sendDigests(sender), new LockConfiguration(clock.instant(),
                    "training-coordinator-digest", Duration.ofHours(1), Duration.ofMinutes(30)));
        }
    }

    /** Tells each supporter with an address about their needed modules running out; returns the e-mails sent. */
    int sendExpiryReminders(JavaMailSender sender) {
        LocalDate today = Today.of(clock);
        List<SupporterStanding> all = read(() -> standings.ofOrganisations(contacts.organisations(), today));
        List<SupporterStanding> expiring = all.stream().filter(s -> !s.expiringWithin(DAYS).isEmpty()).toList();
        List<Long> ids = expiring.stream().map(SupporterStanding::supporterId).toList();
        Set<ReminderLedger.Sent> sent = read(() -> ledger.sentTo(ids));
        Map<Long, ReminderContacts.Contact> addresses = read(() -> contacts.supporters(ids));
        int mailed = 0;
        for (SupporterStanding standing : expiring) {
            ReminderContacts.Contact to = addresses.get(standing.supporterId());
            List<ModuleStanding> untold = standing.expiringWithin(DAYS).stream()
                    .filter(m -> !sent.contains(sentKey(standing, m))).toList();
            if (to == null || to.email() == null || untold.isEmpty()) {
                continue;
            }
            try {
                sender.send(mails.expiry(sender, to, untold));
                transactions.executeWithoutResult(status ->
                        untold.forEach(m -> ledger.remember(sentKey(standing, m), clock.instant())));
                mailed++;
            } catch (MailException e) {
                log.warn("Training reminder to supporter {} not sent, tried again tomorrow: {}", standing.supporterId(),
                        e.getMessage());
            }
        }
        return mailed;
    }

    /** Sends each organisation's coordinators their blocked and expiring supporters; returns the e-mails sent. */
    int sendDigests(JavaMailSender sender) {
        LocalDate today = Today.of(clock);
        List<Long> organisations = read(contacts::organisations);
        Map<Long, List<ReminderContacts.Contact>> coordinators = read(contacts::coordinators);
        Map<Long, String> organisationNames = read(() -> names.organisations(organisations));
        List<SupporterStanding> listed = read(() -> standings.ofOrganisations(organisations, today)).stream()
                .filter(s -> !s.ready() || !s.expiringWithin(DAYS).isEmpty()).toList();
        Map<Long, ReminderContacts.Contact> supporterNames =
                read(() -> contacts.supporters(listed.stream().map(SupporterStanding::supporterId).toList()));
        int mailed = 0;
        for (long organisation : organisations) {
            List<SupporterStanding> own = listed.stream().filter(s -> s.organisationId() == organisation).toList();
            if (own.isEmpty()) {
                continue;
            }
            for (ReminderContacts.Contact to : coordinators.getOrDefault(organisation, List.of())) {
                try {
                    sender.send(mails.digest(sender, to, organisationNames.get(organisation), own, supporterNames, DAYS));
                    mailed++;
                } catch (MailException e) {
                    log.warn("Training digest of organisation {} not sent: {}", organisation, e.getMessage());
                }
            }
        }
        return mailed;
    }

    private static ReminderLedger.Sent sentKey(SupporterStanding standing, ModuleStanding module) {
        return new ReminderLedger.Sent(standing.supporterId(), module.moduleId(), module.expiresOn());
    }

    private <T> T read(java.util.function.Supplier<T> query) {
        TransactionTemplate readOnly = new TransactionTemplate(java.util.Objects.requireNonNull(
                transactions.getTransactionManager()), transactions);
        readOnly.setReadOnly(true);
        return java.util.Objects.requireNonNull(readOnly.execute(status -> query.get()));
    }
}
