/**
 * Tutoring sessions: series and single sessions, enrolment, the child's join and help, attendance and its
 * corrections, the tutor's live board, and calendar feeds. Times go through the injected Clock; the programme's
 * zone is Asia/Tokyo.
 */
@NullMarked
package jp.manabiba.tutoring;

import org.jspecify.annotations.NullMarked;
