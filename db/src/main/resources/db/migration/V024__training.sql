-- issue 12: supporter training. Modules (self-study read in Manabiba with a check quiz, in-person workshops, external
-- courses proven by a certificate), tracks per supporter category saying which modules are needed before working
-- with children ("ready") and which complete the training ("trained"), and the completions that prove both.
-- Completions are never deleted: a renewal is a new row, so a supporter once trained stays counted. Dates are
-- Asia/Tokyo calendar dates; instants are UTC. See docs/training.md.

CREATE TABLE training_module (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    code            VARCHAR(60)   NOT NULL COMMENT 'stable; for self-study the content package id',
    kind            VARCHAR(20)   NOT NULL,
    title           VARCHAR(100)  NOT NULL,
    title_en        VARCHAR(100)  NULL,
    description     VARCHAR(1000) NULL,
    hours           DECIMAL(4, 1) NOT NULL,
    validity_months INT           NULL COMMENT 'null: never expires',
    organisation_id BIGINT        NULL COMMENT 'null: offered to the whole network',
    retired         BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_training_module PRIMARY KEY (id),
    CONSTRAINT uk_training_module_code UNIQUE (code),
    CONSTRAINT fk_training_module_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_training_module_kind CHECK (kind IN ('SELF_STUDY', 'WORKSHOP', 'EXTERNAL')),
    CONSTRAINT ck_training_module_hours CHECK (hours > 0 AND hours <= 100),
    CONSTRAINT ck_training_module_validity CHECK (validity_months IS NULL OR validity_months BETWEEN 1 AND 120)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One track per category for the whole network (organisation_id null), which an organisation may replace with its own.
CREATE TABLE training_track (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT      NULL,
    scope_id        BIGINT AS (COALESCE(organisation_id, 0)) PERSISTENT,
    category        VARCHAR(30) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    changed_at      DATETIME(6) NOT NULL,
    CONSTRAINT pk_training_track PRIMARY KEY (id),
    CONSTRAINT uk_training_track_scope UNIQUE (scope_id, category),
    CONSTRAINT fk_training_track_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_training_track_category CHECK (category IN ('UNIVERSITY_STUDENT', 'EX_NURSERY_TEACHER', 'PARENT', 'OTHER_VOLUNTEER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE training_track_module (
    track_id    BIGINT      NOT NULL,
    module_id   BIGINT      NOT NULL,
    position    INT         NOT NULL,
    requirement VARCHAR(30) NOT NULL,
    CONSTRAINT pk_training_track_module PRIMARY KEY (track_id, module_id),
    CONSTRAINT fk_track_module_track FOREIGN KEY (track_id) REFERENCES training_track (id) ON DELETE CASCADE,
    CONSTRAINT fk_track_module_module FOREIGN KEY (module_id) REFERENCES training_module (id),
    CONSTRAINT ck_track_module_requirement CHECK (requirement IN ('BEFORE_CHILDREN', 'REQUIRED', 'OPTIONAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_track_module_module ON training_track_module (module_id);

CREATE TABLE training_completion (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    supporter_id BIGINT       NOT NULL,
    module_id    BIGINT       NOT NULL,
    completed_on DATE         NOT NULL,
    expires_on   DATE         NULL COMMENT 'completed_on + the module validity; not ready from this day on',
    method       VARCHAR(20)  NOT NULL,
    source_id    BIGINT       NULL COMMENT 'the quiz attempt, workshop or certificate that proved it',
    recorded_by  BIGINT       NULL COMMENT 'the account that recorded it; null for a quiz the supporter passed',
    note         VARCHAR(200) NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_training_completion PRIMARY KEY (id),
    CONSTRAINT fk_completion_supporter FOREIGN KEY (supporter_id) REFERENCES supporter (id) ON DELETE CASCADE,
    CONSTRAINT fk_completion_module FOREIGN KEY (module_id) REFERENCES training_module (id),
    CONSTRAINT fk_completion_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_completion_method CHECK (method IN ('QUIZ', 'ATTENDANCE', 'CERTIFICATE', 'RECORDED')),
    CONSTRAINT ck_completion_expiry CHECK (expires_on IS NULL OR expires_on > completed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
-- the readiness query: per supporter and module, the completions up to a day
CREATE INDEX ix_completion_supporter_module ON training_completion (supporter_id, module_id, completed_on);

-- Every quiz attempt is kept with the answers as given (JSON: question id -> answer), marked on the server.
CREATE TABLE training_quiz_attempt (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    supporter_id BIGINT        NOT NULL,
    module_id    BIGINT        NOT NULL,
    answers      VARCHAR(8000) NOT NULL,
    score        INT           NOT NULL,
    out_of       INT           NOT NULL,
    passed       BOOLEAN       NOT NULL,
    submitted_at DATETIME(6)   NOT NULL,
    CONSTRAINT pk_training_quiz_attempt PRIMARY KEY (id),
    CONSTRAINT fk_quiz_attempt_supporter FOREIGN KEY (supporter_id) REFERENCES supporter (id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_attempt_module FOREIGN KEY (module_id) REFERENCES training_module (id),
    CONSTRAINT ck_quiz_attempt_score CHECK (score BETWEEN 0 AND out_of)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_quiz_attempt_supporter ON training_quiz_attempt (supporter_id, module_id, submitted_at);

-- 研修会: an in-person workshop; the capacity is held by a row lock on the workshop while signing up.
CREATE TABLE training_workshop (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    title           VARCHAR(100) NOT NULL,
    starts_at       DATETIME(6)  NOT NULL,
    ends_at         DATETIME(6)  NOT NULL,
    place           VARCHAR(200) NOT NULL,
    trainer         VARCHAR(100) NOT NULL,
    capacity        INT          NOT NULL,
    cancelled       BOOLEAN      NOT NULL DEFAULT FALSE,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT pk_training_workshop PRIMARY KEY (id),
    CONSTRAINT fk_workshop_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_workshop_capacity CHECK (capacity BETWEEN 1 AND 500),
    CONSTRAINT ck_workshop_times CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_workshop_org_start ON training_workshop (organisation_id, starts_at);

CREATE TABLE training_workshop_module (
    workshop_id BIGINT NOT NULL,
    module_id   BIGINT NOT NULL,
    CONSTRAINT pk_workshop_module PRIMARY KEY (workshop_id, module_id),
    CONSTRAINT fk_workshop_module_workshop FOREIGN KEY (workshop_id) REFERENCES training_workshop (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_module_module FOREIGN KEY (module_id) REFERENCES training_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE training_signup (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    workshop_id  BIGINT      NOT NULL,
    supporter_id BIGINT      NOT NULL,
    state        VARCHAR(20) NOT NULL,
    signed_up_at DATETIME(6) NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_training_signup PRIMARY KEY (id),
    CONSTRAINT uk_training_signup UNIQUE (workshop_id, supporter_id),
    CONSTRAINT fk_signup_workshop FOREIGN KEY (workshop_id) REFERENCES training_workshop (id) ON DELETE CASCADE,
    CONSTRAINT fk_signup_supporter FOREIGN KEY (supporter_id) REFERENCES supporter (id) ON DELETE CASCADE,
    CONSTRAINT ck_signup_state CHECK (state IN ('BOOKED', 'WAITING', 'CANCELLED', 'ATTENDED', 'ABSENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_signup_supporter ON training_signup (supporter_id);

-- An external course's certificate, uploaded by the supporter and approved or refused by a coordinator.
CREATE TABLE training_certificate (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    supporter_id BIGINT       NOT NULL,
    module_id    BIGINT       NOT NULL,
    completed_on DATE         NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(50)  NOT NULL,
    bytes        LONGBLOB     NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    decided_by   BIGINT       NULL,
    decided_at   DATETIME(6)  NULL,
    reason       VARCHAR(500) NULL,
    submitted_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_training_certificate PRIMARY KEY (id),
    CONSTRAINT fk_certificate_supporter FOREIGN KEY (supporter_id) REFERENCES supporter (id) ON DELETE CASCADE,
    CONSTRAINT fk_certificate_module FOREIGN KEY (module_id) REFERENCES training_module (id),
    CONSTRAINT fk_certificate_decided_by FOREIGN KEY (decided_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_certificate_state CHECK (state IN ('SUBMITTED', 'APPROVED', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_certificate_supporter ON training_certificate (supporter_id, state);

-- Trained supporters per category to reach; without a row the programme's defaults (45 / 45 / 40) apply.
CREATE TABLE training_target (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT      NULL COMMENT 'null: the whole network',
    scope_id        BIGINT AS (COALESCE(organisation_id, 0)) PERSISTENT,
    category        VARCHAR(30) NOT NULL,
    period_kind     VARCHAR(20) NOT NULL COMMENT 'FISCAL_YEAR or PROGRAMME (the three years)',
    first_year      INT         NOT NULL COMMENT 'the fiscal year the period starts',
    target          INT         NOT NULL,
    CONSTRAINT pk_training_target PRIMARY KEY (id),
    CONSTRAINT uk_training_target UNIQUE (scope_id, category, period_kind, first_year),
    CONSTRAINT fk_training_target_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_training_target_kind CHECK (period_kind IN ('FISCAL_YEAR', 'PROGRAMME')),
    CONSTRAINT ck_training_target_count CHECK (target BETWEEN 0 AND 10000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The day a supporter became trained (every required module of their track done), written when the completion that
-- made it is recorded: a module added to the track later does not take back a head count the targets reported.
CREATE TABLE training_trained (
    supporter_id BIGINT      NOT NULL,
    category     VARCHAR(30) NOT NULL COMMENT 'the category they were trained in',
    trained_on   DATE        NOT NULL,
    recorded_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_training_trained PRIMARY KEY (supporter_id),
    CONSTRAINT fk_trained_supporter FOREIGN KEY (supporter_id) REFERENCES supporter (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_trained_day ON training_trained (trained_on, category);

-- 修了証: the PDFs issued, found again by their verification code.
CREATE TABLE completion_certificate (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    code         VARCHAR(12) NOT NULL,
    supporter_id BIGINT      NOT NULL,
    module_id    BIGINT      NULL COMMENT 'null: the whole track of the supporter''s category',
    completed_on DATE        NOT NULL,
    issued_at    DATETIME(6) NOT NULL,
    CONSTRAINT pk_completion_certificate PRIMARY KEY (id),
    CONSTRAINT uk_completion_certificate_code UNIQUE (code),
    CONSTRAINT fk_completion_certificate_supporter FOREIGN KEY (supporter_id) REFERENCES supporter (id) ON DELETE CASCADE,
    CONSTRAINT fk_completion_certificate_module FOREIGN KEY (module_id) REFERENCES training_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The network's modules: the six self-study packages of content/training (code = package id), the workshop that
-- trains university students for interpersonal-support work (対人援助), and first aid taken at the fire department.
INSERT INTO training_module (code, kind, title, title_en, description, hours, validity_months, created_at) VALUES
('child-safeguarding', 'SELF_STUDY', '子どもを守る：打ち明けられたときの対応',
 'Safeguarding children: when a child tells you about harm',
 '子どもが被害を打ち明けたときの聞き方と、その日のうちに誰に伝えるか。', 1.5, 24, NOW(6)),
('personal-data', 'SELF_STUDY', '子どもと家庭の個人情報を守る',
 'Protecting children''s and households'' personal data',
 '要配慮個人情報の扱い、写真、端末、SNS。', 1.0, 36, NOW(6)),
('learning-support-session', 'SELF_STUDY', '学習支援のセッションを進める', 'Running a learning-support session',
 '聴く、励ます、答えを教えない。ライブボードの使い方。', 1.5, NULL, NOW(6)),
('developmental-differences', 'SELF_STUDY', '発達の特性がある子どもを支える',
 'Supporting children with developmental differences', '見通し、短い指示、得意を生かす関わり方。', 1.5, NULL, NOW(6)),
('foreign-roots-yasashii-nihongo', 'SELF_STUDY', '外国にルーツのある子どもと家庭・やさしい日本語',
 'Children and families with foreign roots, and plain Japanese', 'やさしい日本語で伝える、家庭の言葉を大切にする。',
 1.5, NULL, NOW(6)),
('esd-facilitation', 'SELF_STUDY', 'ESDの単元を進める', 'Facilitating ESD units',
 '問いを立てる、地域に出る、ふり返りを支える。', 1.5, NULL, NOW(6)),
('interpersonal-support-workshop', 'WORKSHOP', '対人援助の基礎（研修会）', 'Foundations of interpersonal support (workshop)',
 'ロールプレイで傾聴と関係づくりを練習する対面の研修会。', 3.0, NULL, NOW(6)),
('first-aid', 'EXTERNAL', '普通救命講習', 'Basic first aid and AED course',
 '消防署の普通救命講習の修了証を提出してください。', 3.0, 36, NOW(6));

INSERT INTO training_track (organisation_id, category, changed_at) VALUES
(NULL, 'UNIVERSITY_STUDENT', NOW(6)), (NULL, 'EX_NURSERY_TEACHER', NOW(6)), (NULL, 'PARENT', NOW(6)),
(NULL, 'OTHER_VOLUNTEER', NOW(6));

INSERT INTO training_track_module (track_id, module_id, position, requirement)
SELECT t.id, m.id, x.position, x.requirement
FROM (SELECT 'UNIVERSITY_STUDENT' AS category, 'child-safeguarding' AS code, 1 AS position, 'BEFORE_CHILDREN' AS requirement
      UNION ALL SELECT 'UNIVERSITY_STUDENT', 'personal-data', 2, 'BEFORE_CHILDREN'
      UNION ALL SELECT 'UNIVERSITY_STUDENT', 'learning-support-session', 3, 'BEFORE_CHILDREN'
      UNION ALL SELECT 'UNIVERSITY_STUDENT', 'interpersonal-support-workshop', 4, 'REQUIRED'
      UNION ALL SELECT 'UNIVERSITY_STUDENT', 'developmental-differences', 5, 'REQUIRED'
      UNION ALL SELECT 'UNIVERSITY_STUDENT', 'foreign-roots-yasashii-nihongo', 6, 'REQUIRED'
      UNION ALL SELECT 'UNIVERSITY_STUDENT', 'esd-facilitation', 7, 'OPTIONAL'
      UNION ALL SELECT 'UNIVERSITY_STUDENT', 'first-aid', 8, 'OPTIONAL'
      UNION ALL SELECT 'EX_NURSERY_TEACHER', 'child-safeguarding', 1, 'BEFORE_CHILDREN'
      UNION ALL SELECT 'EX_NURSERY_TEACHER', 'personal-data', 2, 'BEFORE_CHILDREN'
      UNION ALL SELECT 'EX_NURSERY_TEACHER', 'learning-support-session', 3, 'REQUIRED'
      UNION ALL SELECT 'EX_NURSERY_TEACHER', 'developmental-differences', 4, 'REQUIRED'
      UNION ALL SELECT 'EX_NURSERY_TEACHER', 'foreign-roots-yasashii-nihongo', 5, 'REQUIRED'
      UNION ALL SELECT 'EX_NURSERY_TEACHER', 'esd-facilitation', 6, 'OPTIONAL'
      UNION ALL SELECT 'EX_NURSERY_TEACHER', 'first-aid', 7, 'OPTIONAL'
      UNION ALL SELECT 'PARENT', 'child-safeguarding', 1, 'BEFORE_CHILDREN'
      UNION ALL SELECT 'PARENT', 'personal-data', 2, 'BEFORE_CHILDREN'
      UNION ALL SELECT 'PARENT', 'learning-support-session', 3, 'REQUIRED'
      UNION ALL SELECT 'PARENT', 'developmental-differences', 4, 'REQUIRED'
      UNION ALL SELECT 'PARENT', 'foreign-roots-yasashii-nihongo', 5, 'OPTIONAL'
      UNION ALL SELECT 'PARENT', 'esd-facilitation', 6, 'OPTIONAL'
      UNION ALL SELECT 'PARENT', 'first-aid', 7, 'OPTIONAL'
      UNION ALL SELECT 'OTHER_VOLUNTEER', 'child-safeguarding', 1, 'BEFORE_CHILDREN'
      UNION ALL SELECT 'OTHER_VOLUNTEER', 'personal-data', 2, 'BEFORE_CHILDREN'
      UNION ALL SELECT 'OTHER_VOLUNTEER', 'learning-support-session', 3, 'OPTIONAL') x
JOIN training_track t ON t.organisation_id IS NULL AND t.category = x.category
JOIN training_module m ON m.code = x.code;
