-- Issue 7 (tutoring): sessions close themselves at their end time, children who come late are told apart, and a
-- session past midnight is chosen on purpose.

-- Minutes after the start from which a first join counts as late (遅刻); copied to each session so a single
-- session (which has no series row) keeps it too.
ALTER TABLE session_series
    ADD COLUMN late_after_minutes INT NOT NULL DEFAULT 10,
    ADD COLUMN ends_next_day BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'chosen in the dialog: the end time is on the next day',
    ADD CONSTRAINT ck_series_late CHECK (late_after_minutes BETWEEN 0 AND 60);

ALTER TABLE tutoring_session
    ADD COLUMN late_after_minutes INT NOT NULL DEFAULT 10,
    ADD CONSTRAINT ck_session_late CHECK (late_after_minutes BETWEEN 0 AND 60);

-- The job that closes sessions looks for open ones whose end has passed.
CREATE INDEX ix_session_open_end ON tutoring_session (ended_at, ends_at);

ALTER TABLE attendance DROP CONSTRAINT ck_attendance_state;
ALTER TABLE attendance
    ADD CONSTRAINT ck_attendance_state CHECK (state IN ('NOT_YET', 'JOINED', 'CHECKED_OUT', 'LATE', 'ABSENT'));

-- ShedLock: with several app nodes, one node at a time runs a scheduled job (times UTC, from the database's clock).
CREATE TABLE scheduler_lock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(6)  NOT NULL,
    locked_at  DATETIME(6)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_scheduler_lock PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
