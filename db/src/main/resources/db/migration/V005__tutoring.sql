-- Tutoring sessions: series (weekly or fortnightly), the sessions they make, who is enrolled and who tutors,
-- attendance with its corrections, help requests, each child's plan and the tutor's private note, and the
-- calendar feeds. Instants are UTC; a series' times are Asia/Tokyo wall-clock times.

CREATE TABLE session_series (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT        NOT NULL,
    title           VARCHAR(100)  NOT NULL,
    site_id         BIGINT        NULL,
    meeting_url     VARCHAR(500)  NULL,
    weekdays        VARCHAR(70)   NOT NULL COMMENT 'e.g. TUESDAY,THURSDAY',
    every_weeks     INT           NOT NULL,
    starts_on       DATE          NOT NULL,
    ends_on         DATE          NOT NULL,
    start_time      TIME          NOT NULL,
    end_time        TIME          NOT NULL,
    capacity        INT           NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_session_series PRIMARY KEY (id),
    CONSTRAINT fk_series_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_series_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT ck_series_every CHECK (every_weeks IN (1, 2)),
    CONSTRAINT ck_series_period CHECK (ends_on >= starts_on),
    CONSTRAINT ck_series_capacity CHECK (capacity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE tutoring_session (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    series_id        BIGINT       NULL,
    organisation_id  BIGINT       NOT NULL,
    title            VARCHAR(100) NOT NULL,
    site_id          BIGINT       NULL,
    meeting_url      VARCHAR(500) NULL,
    starts_at        DATETIME(6)  NOT NULL,
    ends_at          DATETIME(6)  NOT NULL,
    capacity         INT          NOT NULL,
    cancelled_reason VARCHAR(200) NULL,
    ended_at         DATETIME(6)  NULL COMMENT 'when the tutor ended it: attendance is then final',
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_tutoring_session PRIMARY KEY (id),
    CONSTRAINT fk_session_series FOREIGN KEY (series_id) REFERENCES session_series (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_session_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT ck_session_times CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_session_org_start ON tutoring_session (organisation_id, starts_at);

CREATE TABLE session_learner (
    session_id BIGINT NOT NULL,
    learner_id BIGINT NOT NULL,
    CONSTRAINT pk_session_learner PRIMARY KEY (session_id, learner_id),
    CONSTRAINT fk_session_learner_session FOREIGN KEY (session_id) REFERENCES tutoring_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_learner_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_session_learner_learner ON session_learner (learner_id);

CREATE TABLE session_supporter (
    session_id   BIGINT NOT NULL,
    supporter_id BIGINT NOT NULL,
    CONSTRAINT pk_session_supporter PRIMARY KEY (session_id, supporter_id),
    CONSTRAINT fk_session_supporter_session FOREIGN KEY (session_id) REFERENCES tutoring_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_supporter_supporter FOREIGN KEY (supporter_id) REFERENCES supporter (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_session_supporter_supporter ON session_supporter (supporter_id);

-- One row per child and session. Joining again after a dropped connection keeps the first join time.
CREATE TABLE attendance (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    session_id      BIGINT      NOT NULL,
    learner_id      BIGINT      NOT NULL,
    state           VARCHAR(20) NOT NULL,
    first_joined_at DATETIME(6) NULL,
    left_at         DATETIME(6) NULL,
    minutes         INT         NULL COMMENT 'written when the session ends',
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_attendance PRIMARY KEY (id),
    CONSTRAINT uk_attendance UNIQUE (session_id, learner_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES tutoring_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    CONSTRAINT ck_attendance_state CHECK (state IN ('NOT_YET', 'JOINED', 'CHECKED_OUT', 'ABSENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE attendance_correction (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    attendance_id BIGINT       NOT NULL,
    from_state    VARCHAR(20)  NOT NULL,
    to_state      VARCHAR(20)  NOT NULL,
    reason        VARCHAR(200) NOT NULL,
    corrected_by  BIGINT       NULL,
    corrected_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_attendance_correction PRIMARY KEY (id),
    CONSTRAINT fk_correction_attendance FOREIGN KEY (attendance_id) REFERENCES attendance (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE help_request (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    session_id      BIGINT      NOT NULL,
    learner_id      BIGINT      NOT NULL,
    raised_at       DATETIME(6) NOT NULL,
    answered_at     DATETIME(6) NULL,
    CONSTRAINT pk_help_request PRIMARY KEY (id),
    CONSTRAINT fk_help_session FOREIGN KEY (session_id) REFERENCES tutoring_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_help_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_help_session ON help_request (session_id, raised_at);

CREATE TABLE session_plan (
    session_id   BIGINT        NOT NULL,
    learner_id   BIGINT        NOT NULL,
    plan         VARCHAR(500)  NULL COMMENT 'what the child is asked to do today: the child sees it',
    private_note VARCHAR(1000) NULL COMMENT 'the tutors only',
    CONSTRAINT pk_session_plan PRIMARY KEY (session_id, learner_id),
    CONSTRAINT fk_plan_session FOREIGN KEY (session_id) REFERENCES tutoring_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A secret address per account for calendar apps; only a hash is kept, so the address cannot be read back.
CREATE TABLE calendar_feed (
    account_id BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_calendar_feed PRIMARY KEY (account_id),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
