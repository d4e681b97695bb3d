package jp.manabiba.assignments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import jp.manabiba.tutoring.EnrolledSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live board's work column: per child of a session, not started / working / handed in, for the session's
 * tutors and its organisation's coordinators (an administrator: any, as the board itself). The board redraws on {@link WorkChanged} (see {@link WorkBroadcaster}).
 */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN})
public class SessionWork {

    private final SessionSubmissions submissions;
    private final AssignmentsAccess access;

    SessionWork(SessionSubmissions submissions, AssignmentsAccess access) {
        this.submissions = submissions;
        this.access = access;
    }

    /** Every child of the session, with the state of their work for it ({@link WorkState#NONE} when none was given). */
    @Transactional(readOnly = true)
    public Map<Long, WorkState> ofSession(long sessionId) {
        EnrolledSession session = access.requireSessionRun(sessionId);
        Map<Long, List<SubmissionState>> states = submissions.of(session).stream().collect(Collectors.groupingBy(
                SessionSubmissions.Row::learnerId, Collectors.mapping(SessionSubmissions.Row::state, Collectors.toList())));
        Map<Long, WorkState> board = new HashMap<>();
        session.learnerIds().forEach(learner -> board.put(learner, summary(states.getOrDefault(learner, List.of()))));
        return board;
    }

    static WorkState summary(List<SubmissionState> states) {
        if (states.isEmpty()) {
            return WorkState.NONE;
        }
        if (states.stream().allMatch(s -> s == SubmissionState.SUBMITTED || s == SubmissionState.DONE)) {
            return WorkState.SUBMITTED;
        }
        return states.stream().allMatch(s -> s == SubmissionState.NEW) ? WorkState.NOT_STARTED : WorkState.WORKING;
    }
}
