package jp.manabiba.assignments;

import java.time.Clock;

import jp.manabiba.tutoring.LearnerEnrolled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A child enrolled in a session gets the open work of its series at once, not only when they first open やること:
 * a coordinator's completion figures must not wait for a child to press something, and work due before the child
 * looks would otherwise never count them. Runs after the enrolment commits, in its own transaction (INSERT IGNORE:
 * nothing twice).
 */
@Component
class EnrolmentTopUp {

    private final Recipients recipients;
    private final Clock clock;

    EnrolmentTopUp(Recipients recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(LearnerEnrolled enrolled) {
        Long series = enrolled.seriesId();
        if (series != null) {
            recipients.topUpForSeries(series, enrolled.learnerId(), clock.instant());
        }
    }
}
