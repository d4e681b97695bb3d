-- Issue 13, the outcomes network benchmark (docs/benchmarks.md, "Outcomes network"): a year of a 20-organisation
-- network has 200,000 attendance rows and 500,000 submissions, and the dashboard's figure statements read most of
-- them (the year and the programme to date). These indexes hold every column those statements read, so that they
-- are answered from the index, without a visit to each row.

-- SessionFigures' children attending, attendance rate and minutes per child: a held session's attendance
CREATE INDEX ix_attendance_figures ON attendance (session_id, state, learner_id, minutes);

-- WorkFigures' assignments completed: an organisation's assignments' work handed in, by the time it was handed in.
-- It begins with (assignment_id, state), so it replaces that index.
CREATE INDEX ix_submission_figures ON assignment_submission (assignment_id, state, submitted_at);
DROP INDEX ix_submission_assignment_state ON assignment_submission;
