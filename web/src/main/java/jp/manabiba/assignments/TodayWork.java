package jp.manabiba.assignments;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's "today's work" (きょうの かだい) on the session card: their work for a session they are enrolled in,
 * as {@link SessionWork} counts it for the board (given to its series or to them, due at or after its start).
 */
@Service
@RolesAllowed(Roles.LEARNER)
public class TodayWork {

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final SessionSubmissions sessionSubmissions;
    private final Recipients recipients;
    private final AssignmentsAccess access;
    private final Clock clock;

    TodayWork(AssignmentRepository assignments, SubmissionRepository submissions, SessionSubmissions sessionSubmissions,
              Recipients recipients, AssignmentsAccess access, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.sessionSubmissions = sessionSubmissions;
        this.recipients = recipients;
        this.access = access;
        this.clock = clock;
    }

    /** The work, in the order of やること; a session the child is not enrolled in is refused and audited. */
    @Transactional
    public List<TodoItem> forSession(long sessionId) {
        long me = access.myLearner();
        Instant now = clock.instant();
        recipients.topUpForMe(me, now); // the card may be drawn before やること gives series work to a new child
        List<Long> ids = sessionSubmissions.of(access.mySession(sessionId)).stream()
                .map(SessionSubmissions.Row::submissionId).toList();
        return TodoItems.of(assignments, submissions.findAllById(ids), now);
    }

    /** The signed-in child's learner id, for a screen that follows their work through {@link WorkBroadcaster}. */
    @Transactional(readOnly = true)
    public long myLearnerId() {
        return access.myLearner();
    }
}
