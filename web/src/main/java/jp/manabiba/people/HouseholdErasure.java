package jp.manabiba.people;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.security.AccountProvisioning;
import jp.manabiba.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases households whose soft removal is older than the retention period: the household, its guardians,
 * circumstances, consents, learners, their matches and their accounts are deleted for good. The audit log keeps
 * only the household's number.
 */
@Service
public class HouseholdErasure {

    private static final Logger log = LoggerFactory.getLogger(HouseholdErasure.class);

    private final HouseholdRepository households;
    private final LearnerRepository learners;
    private final AccountProvisioning accounts;
    private final AuditLog audit;
    private final SystemAccess system;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retention;

    HouseholdErasure(HouseholdRepository households, LearnerRepository learners, AccountProvisioning accounts,
                     AuditLog audit, SystemAccess system, TransactionTemplate transactions, Clock clock,
                     @Value("${manabiba.retention.removed-households:P90D}") Duration retention) {
        this.households = households;
        this.learners = learners;
        this.accounts = accounts;
        this.audit = audit;
        this.system = system;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    /** Runs nightly; each household in a transaction of its own, so one failure stops nothing else. */
    @PermitAll // the nightly job: nobody is signed in; it acts as the system inside
    @Scheduled(cron = "${manabiba.retention.erase-cron:0 30 3 * * *}", zone = ProgrammeZone.ID)
    public void eraseExpired() {
        system.asAdministrator(() -> {
            List<Long> expired = households.removedBefore(clock.instant().minus(retention));
            expired.forEach(id -> transactions.executeWithoutResult(status -> erase(id)));
            if (!expired.isEmpty()) {
                log.info("Erased {} households removed more than {} ago", expired.size(), retention);
            }
        });
    }

    private void erase(long householdId) {
        for (Learner learner : learners.findByHouseholdIdOrderById(householdId)) {
            if (learner.accountId() != null) {
                accounts.erase(learner.accountId());
            }
        }
        learners.deleteByHouseholdId(householdId);
        households.deleteById(householdId);
        audit.record(AuditAction.ERASE, HouseholdRecords.RECORD_TYPE, householdId, "retention");
    }
}
