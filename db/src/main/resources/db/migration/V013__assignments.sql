-- issue 10: assignments. A tutor, teacher or coordinator sets work (questions, a due time, recipients); each child
-- who gets it has one submission, answered question by question as drafts that are saved on the server; closed
-- questions are marked at submission, open ones by a tutor; every reviewed attempt is kept. Instants are UTC.
-- Column lengths are the services' limits (constants on the entities).

CREATE TABLE assignment (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id   BIGINT        NULL COMMENT 'null when a teacher set it for their pupils',
    author_account_id BIGINT        NOT NULL,
    title             VARCHAR(100)  NOT NULL,
    instructions      VARCHAR(4000) NULL COMMENT 'the safe Markdown subset with {漢字|かんじ} ruby',
    due_at            DATETIME(6)   NOT NULL COMMENT 'chosen as an Asia/Tokyo date and time',
    state             VARCHAR(20)   NOT NULL,
    copied_from_id    BIGINT        NULL,
    created_at        DATETIME(6)   NOT NULL,
    published_at      DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_assignment PRIMARY KEY (id),
    CONSTRAINT fk_assignment_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_assignment_author FOREIGN KEY (author_account_id) REFERENCES account (id),
    CONSTRAINT fk_assignment_copied FOREIGN KEY (copied_from_id) REFERENCES assignment (id) ON DELETE SET NULL,
    CONSTRAINT ck_assignment_state CHECK (state IN ('DRAFT', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
-- the author's library, newest first; a coordinator's organisation by due date
CREATE INDEX ix_assignment_author ON assignment (author_account_id, created_at);
CREATE INDEX ix_assignment_org_due ON assignment (organisation_id, due_at);

CREATE TABLE assignment_question (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id    BIGINT        NOT NULL,
    position         INT           NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    prompt           VARCHAR(2000) NOT NULL,
    points           INT           NOT NULL,
    required         BOOLEAN       NOT NULL DEFAULT TRUE,
    number_answer    VARCHAR(40)   NULL COMMENT 'NUMBER: the expected value as a plain decimal',
    number_tolerance VARCHAR(40)   NULL COMMENT 'NUMBER: how far off still counts (0 when exact)',
    unit             VARCHAR(20)   NULL COMMENT 'NUMBER: e.g. cm; a typed unit must match it',
    match_width      BOOLEAN       NOT NULL DEFAULT TRUE COMMENT 'SHORT_TEXT: full- and half-width alike (NFKC)',
    match_kana       BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'SHORT_TEXT: hiragana and katakana alike',
    match_spaces     BOOLEAN       NOT NULL DEFAULT TRUE COMMENT 'SHORT_TEXT: spaces do not count',
    CONSTRAINT pk_assignment_question PRIMARY KEY (id),
    CONSTRAINT uk_question_position UNIQUE (assignment_id, position),
    CONSTRAINT fk_question_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT ck_question_kind CHECK (kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER', 'SHORT_TEXT', 'LONG_TEXT', 'FILE')),
    CONSTRAINT ck_question_points CHECK (points BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE assignment_choice (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    question_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    label       VARCHAR(200) NOT NULL,
    correct     BOOLEAN      NOT NULL,
    CONSTRAINT pk_assignment_choice PRIMARY KEY (id),
    CONSTRAINT uk_choice_position UNIQUE (question_id, position),
    CONSTRAINT fk_choice_question FOREIGN KEY (question_id) REFERENCES assignment_question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE assignment_accepted_answer (
    question_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    answer      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_accepted_answer PRIMARY KEY (question_id, position),
    CONSTRAINT fk_accepted_question FOREIGN KEY (question_id) REFERENCES assignment_question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Who gets it: chosen learners, and/or everyone enrolled in a session series (also those enrolled later, until due).
CREATE TABLE assignment_learner (
    assignment_id BIGINT NOT NULL,
    learner_id    BIGINT NOT NULL,
    CONSTRAINT pk_assignment_learner PRIMARY KEY (assignment_id, learner_id),
    CONSTRAINT fk_assignment_learner_a FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_learner_l FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE assignment_series (
    assignment_id BIGINT NOT NULL,
    series_id     BIGINT NOT NULL,
    CONSTRAINT pk_assignment_series PRIMARY KEY (assignment_id, series_id),
    CONSTRAINT fk_assignment_series_a FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_series_s FOREIGN KEY (series_id) REFERENCES session_series (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_assignment_series_series ON assignment_series (series_id);

-- One per child and assignment. due_at is copied from the assignment (moved with it) so that a child's to-do list
-- and the review queue are read from this table's indexes alone.
CREATE TABLE assignment_submission (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id   BIGINT        NOT NULL,
    learner_id      BIGINT        NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempt         INT           NOT NULL DEFAULT 1,
    due_at          DATETIME(6)   NOT NULL,
    late            BOOLEAN       NOT NULL DEFAULT FALSE,
    saved_at        DATETIME(6)   NULL COMMENT 'the last draft save',
    submitted_at    DATETIME(6)   NULL,
    reviewed_at     DATETIME(6)   NULL,
    reviewed_by     BIGINT        NULL COMMENT 'account',
    score           INT           NULL,
    max_score       INT           NOT NULL DEFAULT 0,
    overall_comment VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_assignment_submission PRIMARY KEY (id),
    CONSTRAINT uk_submission UNIQUE (assignment_id, learner_id),
    CONSTRAINT fk_submission_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_submission_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    CONSTRAINT ck_submission_state CHECK (state IN ('NEW', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'DONE')),
    CONSTRAINT ck_submission_attempt CHECK (attempt >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
-- a child's to-do list: their rows, due soon first
CREATE INDEX ix_submission_learner_due ON assignment_submission (learner_id, due_at);
-- the review queue: waiting ones, oldest first (by learner for a tutor's matched children)
CREATE INDEX ix_submission_queue ON assignment_submission (state, submitted_at);
CREATE INDEX ix_submission_learner_queue ON assignment_submission (learner_id, state, submitted_at);
CREATE INDEX ix_submission_assignment_state ON assignment_submission (assignment_id, state);

-- Files answering a FILE question (photo of a worksheet): bytes in the database so that every app node sees them.
-- The upload path comes later; the table is here so that answers can point at it.
CREATE TABLE assignment_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    submission_id BIGINT       NOT NULL,
    question_id   BIGINT       NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    media_type    VARCHAR(100) NOT NULL COMMENT 'detected from the content, not the browser',
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       LONGBLOB     NULL COMMENT 'null when kept in an object store under storage_key',
    storage_key   VARCHAR(200) NULL,
    thumbnail     MEDIUMBLOB   NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_assignment_file PRIMARY KEY (id),
    CONSTRAINT fk_file_submission FOREIGN KEY (submission_id) REFERENCES assignment_submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_file_question FOREIGN KEY (question_id) REFERENCES assignment_question (id) ON DELETE CASCADE,
    CONSTRAINT ck_file_stored CHECK (content IS NOT NULL OR storage_key IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The current attempt's answers, one per question, saved as drafts while the child works.
CREATE TABLE assignment_answer (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id BIGINT        NOT NULL,
    question_id   BIGINT        NOT NULL,
    text_answer   VARCHAR(4000) NULL COMMENT 'SHORT_TEXT, LONG_TEXT, and NUMBER as typed',
    number_value  VARCHAR(40)   NULL COMMENT 'NUMBER: the typed value read through NFKC, null when not a number',
    file_id       BIGINT        NULL,
    saved_at      DATETIME(6)   NOT NULL,
    score         INT           NULL,
    comment       VARCHAR(1000) NULL,
    CONSTRAINT pk_assignment_answer PRIMARY KEY (id),
    CONSTRAINT uk_answer UNIQUE (submission_id, question_id),
    CONSTRAINT fk_answer_submission FOREIGN KEY (submission_id) REFERENCES assignment_submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES assignment_question (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_file FOREIGN KEY (file_id) REFERENCES assignment_file (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE assignment_answer_choice (
    answer_id BIGINT NOT NULL,
    choice_id BIGINT NOT NULL,
    CONSTRAINT pk_answer_choice PRIMARY KEY (answer_id, choice_id),
    CONSTRAINT fk_answer_choice_answer FOREIGN KEY (answer_id) REFERENCES assignment_answer (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_choice_choice FOREIGN KEY (choice_id) REFERENCES assignment_choice (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Every reviewed attempt, kept as it was: returned for another try, or done.
CREATE TABLE assignment_attempt (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id   BIGINT        NOT NULL,
    attempt         INT           NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    submitted_at    DATETIME(6)   NULL,
    late            BOOLEAN       NOT NULL,
    score           INT           NULL,
    overall_comment VARCHAR(1000) NULL,
    reviewed_at     DATETIME(6)   NOT NULL,
    reviewed_by     BIGINT        NULL,
    CONSTRAINT pk_assignment_attempt PRIMARY KEY (id),
    CONSTRAINT uk_attempt UNIQUE (submission_id, attempt),
    CONSTRAINT fk_attempt_submission FOREIGN KEY (submission_id) REFERENCES assignment_submission (id) ON DELETE CASCADE,
    CONSTRAINT ck_attempt_outcome CHECK (outcome IN ('RETURNED', 'DONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE assignment_attempt_answer (
    attempt_id  BIGINT        NOT NULL,
    question_id BIGINT        NOT NULL,
    answer      VARCHAR(4000) NULL COMMENT 'what was answered, as the child saw it (text, number, or the chosen labels)',
    score       INT           NULL,
    comment     VARCHAR(1000) NULL,
    CONSTRAINT pk_attempt_answer PRIMARY KEY (attempt_id, question_id),
    CONSTRAINT fk_attempt_answer_attempt FOREIGN KEY (attempt_id) REFERENCES assignment_attempt (id) ON DELETE CASCADE,
    CONSTRAINT fk_attempt_answer_question FOREIGN KEY (question_id) REFERENCES assignment_question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
