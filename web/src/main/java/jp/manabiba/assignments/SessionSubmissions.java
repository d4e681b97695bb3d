package jp.manabiba.assignments;

import java.util.List;

import jp.manabiba.tutoring.EnrolledSession;
import org.springframework.stereotype.Component;

/**
 * The work of a session's children for that session: published work given to the session's series or to the
 * child, due at or after the session's start (what is still to do, or was handed in for it). One query on
 * assignments' own tables; the session itself comes from tutoring's {@code SessionEnrolment}.
 */
@Component
class SessionSubmissions {

    record Row(long submissionId, long learnerId, SubmissionState state) {
    }

    private final SubmissionRepository submissions;

    SessionSubmissions(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    List<Row> of(EnrolledSession session) {
        if (session.learnerIds().isEmpty()) {
            return List.of();
        }
        long series = session.seriesId() == null ? -1 : session.seriesId();
        return submissions.forSession(session.learnerIds(), session.startsAt(), series).stream()
                .map(s -> new Row(s.id(), s.learnerId(), s.state())).toList();
    }
}
