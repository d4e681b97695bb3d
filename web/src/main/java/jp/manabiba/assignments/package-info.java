/**
 * Assignments: work a tutor, teacher or coordinator sets (questions, a due time, recipients), answered by each child
 * as drafts saved on the server, marked (closed questions at submission, open ones by a tutor), reviewed with every
 * attempt kept, and followed by teachers and coordinators. Who may do what is {@code AssignmentsAccess}; times go
 * through the injected Clock; due times are chosen in Asia/Tokyo. docs/assignments.md describes the model and API.
 */
@NullMarked
package jp.manabiba.assignments;

import org.jspecify.annotations.NullMarked;
