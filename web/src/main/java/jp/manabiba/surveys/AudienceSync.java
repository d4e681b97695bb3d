package jp.manabiba.surveys;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.AudienceMembers;
import jp.manabiba.security.AccountChanged;
import jp.manabiba.security.SystemAccess;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the people who join a survey's audience after its publication, while it has not closed: a child whose
 * account is made, a new supporter, a teacher whose school a new child attends. Invitations are only ever added
 * (the unique key on survey and account makes a second one impossible), never taken back from someone who left:
 * they were asked, and the response rate of a survey stays the share of everyone it asked.
 * <p>
 * When: right after a coordinator makes someone's account (the moment they can answer at all); when a
 * coordinator opens the survey's results (so the rate they read is current); and every hour for everything else
 * (a household taken back into support, a child changing school), on one node. Guardians are not asked here:
 * their link is printed by the coordinator, so a new household gets one when the links are made again.
 */
@Component
class AudienceSync {

    private static final Logger log = LoggerFactory.getLogger(AudienceSync.class);

    private final SurveyStore surveys;
    private final Invitations invitations;
    private final AudienceMembers members;
    private final SystemAccess system;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    AudienceSync(SurveyStore surveys, Invitations invitations, AudienceMembers members, SystemAccess system,
                 TransactionTemplate transactions, LockingTaskExecutor locks, Clock clock) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.members = members;
        this.system = system;
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
    }

    /** Invites the survey's accounts not asked yet, while it is published and not closed; how many were added. */
    int catchUp(SurveyHeader survey) {
        if (!survey.published() || survey.closesOn() == null || survey.closesOn().isBefore(today())
                || survey.audience() == Audience.GUARDIAN) {
            return 0;
        }
        return invitations.inviteAccounts(survey);
    }

    @Scheduled(cron = "${manabiba.surveys.audience-cron:0 7 * * * *}", zone = ProgrammeZone.ID)
    public void catchUpOnOneNode() {
        locks.executeWithLock((Runnable) this::catchUpAll,
                new LockConfiguration(clock.instant(), "survey-audiences", Duration.ofMinutes(30), Duration.ZERO));
    }

    /** Every survey whose audience may still grow, as the system administrator; the invitations added. */
    int catchUpAll() {
        return system.asAdministrator(() -> Objects.requireNonNull(transactions.execute(status ->
                surveys.askingAccounts(today(), null).stream().mapToInt(this::catchUp).sum())));
    }

    /**
     * After the transaction that made an account, in one of its own and as the coordinator who made it: the open
     * surveys of the organisations (they manage) whose audience the account is in. A failure here only delays the
     * invitation to the next hourly run.
     */
    @TransactionalEventListener
    void accountMade(AccountChanged event) {
        if (event.kind() != AccountChanged.Kind.CREATED && event.kind() != AccountChanged.Kind.SIGN_IN_CARD) {
            return;
        }
        TransactionTemplate own = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            own.executeWithoutResult(status -> surveys.askingAccounts(today(), members.organisationsOf(event.accountId()))
                    .forEach(this::catchUp));
        } catch (RuntimeException e) {
            log.warn("Open surveys not yet asking account {} (the hourly run will): {}", event.accountId(), e.toString());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
    }
}
