-- issue 11, the tutor's board: which lesson each child is on now. opened_at keeps the first open; seen_at moves
-- each time the child opens the lesson again or saves an answer in it, so the board can show the latest lesson
-- of today (one query per board over learner_id + seen_at).
ALTER TABLE lesson_progress ADD COLUMN seen_at DATETIME(6) NULL AFTER finished_at;
UPDATE lesson_progress SET seen_at = COALESCE(finished_at, opened_at);
ALTER TABLE lesson_progress MODIFY seen_at DATETIME(6) NOT NULL;
CREATE INDEX ix_lesson_progress_seen ON lesson_progress (learner_id, seen_at);
