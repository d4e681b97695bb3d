-- issue 13: surveys (アンケート). A coordinator builds a questionnaire for one audience of their organisation
-- (learners, guardians, supporters, teachers), publishes it for a date range, and reads the results.
--
-- Anonymity is kept by the schema, not by the screens: a response of an anonymous survey is stored without any
-- person, account or invitation id; who has answered (for the response rate and reminders) is a separate table
-- with no link to the response; a response's id is random (not auto-increment: the insert order is no link) and
-- its date is kept to the day, not the time. Identified responses are linked to their invitation through
-- survey_response_owner only, so an anonymous survey's responses have no row there (SurveyAnonymityTest).

CREATE TABLE survey (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    title           VARCHAR(100) NOT NULL,
    audience        VARCHAR(10)  NOT NULL,
    anonymous       BOOLEAN      NOT NULL,
    pair_role       VARCHAR(4)   NULL COMMENT 'PRE or POST of a before/after pair',
    paired_with_id  BIGINT       NULL COMMENT 'POST: the PRE survey it is compared with',
    opens_on        DATE         NULL COMMENT 'Asia/Tokyo; set at publication',
    closes_on       DATE         NULL COMMENT 'Asia/Tokyo, inclusive',
    published_at    DATETIME(6)  NULL,
    created_by      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_survey PRIMARY KEY (id),
    CONSTRAINT fk_survey_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_survey_creator FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_survey_pair FOREIGN KEY (paired_with_id) REFERENCES survey (id) ON DELETE SET NULL,
    CONSTRAINT ck_survey_audience CHECK (audience IN ('LEARNER', 'GUARDIAN', 'SUPPORTER', 'TEACHER')),
    CONSTRAINT ck_survey_pair CHECK (pair_role IS NULL OR pair_role IN ('PRE', 'POST')),
    CONSTRAINT ck_survey_dates CHECK (closes_on IS NULL OR opens_on IS NULL OR closes_on >= opens_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_survey_org ON survey (organisation_id, created_at);

-- A survey's questions as they were asked: a version is frozen once a response uses it; a change then makes a new one.
CREATE TABLE survey_version (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    survey_id  BIGINT      NOT NULL,
    number     INT         NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_survey_version PRIMARY KEY (id),
    CONSTRAINT fk_survey_version_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT uk_survey_version UNIQUE (survey_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE survey_question (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    version_id BIGINT      NOT NULL,
    position   INT         NOT NULL,
    kind       VARCHAR(10) NOT NULL,
    required   BOOLEAN     NOT NULL,
    CONSTRAINT pk_survey_question PRIMARY KEY (id),
    CONSTRAINT fk_survey_question_version FOREIGN KEY (version_id) REFERENCES survey_version (id) ON DELETE CASCADE,
    CONSTRAINT uk_survey_question_position UNIQUE (version_id, position),
    CONSTRAINT ck_survey_question_kind CHECK (kind IN ('LIKERT', 'SINGLE', 'MULTIPLE', 'FREE_TEXT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A question's text (item 0) and its options' or Likert labels' texts (items 1..n), per language: JA and JA_EASY
-- always, EN and the households' other home languages where someone translated them.
CREATE TABLE survey_text (
    question_id BIGINT       NOT NULL,
    item        INT          NOT NULL,
    language    VARCHAR(10)  NOT NULL,
    text        VARCHAR(500) NOT NULL,
    CONSTRAINT pk_survey_text PRIMARY KEY (question_id, item, language),
    CONSTRAINT fk_survey_text_question FOREIGN KEY (question_id) REFERENCES survey_question (id) ON DELETE CASCADE,
    CONSTRAINT ck_survey_text_language CHECK (language IN ('JA', 'JA_EASY', 'EN', 'KO', 'ZH', 'VI', 'NE', 'TL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Who is asked: an account (learners, supporters, teachers) or a household through a link (guardians have no
-- accounts): only the SHA-256 of the link's token is kept, and the link expires.
CREATE TABLE survey_invitation (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    survey_id    BIGINT      NOT NULL,
    account_id   BIGINT      NULL,
    household_id BIGINT      NULL,
    language     VARCHAR(10) NULL COMMENT 'GUARDIAN: the household''s home language',
    token_hash   BINARY(32)  NULL,
    expires_at   DATETIME(6) NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_survey_invitation PRIMARY KEY (id),
    CONSTRAINT fk_survey_invitation_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_invitation_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_invitation_household FOREIGN KEY (household_id) REFERENCES household (id) ON DELETE CASCADE,
    CONSTRAINT uk_survey_invitation_account UNIQUE (survey_id, account_id),
    CONSTRAINT uk_survey_invitation_household UNIQUE (survey_id, household_id),
    CONSTRAINT uk_survey_invitation_token UNIQUE (token_hash),
    CONSTRAINT ck_survey_invitation_who CHECK ((account_id IS NULL) <> (household_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_survey_invitation_account ON survey_invitation (account_id);

-- "Has answered", for the response rate and reminders: nothing here says which response it was.
CREATE TABLE survey_answered (
    invitation_id BIGINT NOT NULL,
    CONSTRAINT pk_survey_answered PRIMARY KEY (invitation_id),
    CONSTRAINT fk_survey_answered_invitation FOREIGN KEY (invitation_id) REFERENCES survey_invitation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE survey_response (
    id           BINARY(16)  NOT NULL COMMENT 'random: no order of arrival',
    survey_id    BIGINT      NOT NULL,
    version_id   BIGINT      NOT NULL,
    submitted    BOOLEAN     NOT NULL COMMENT 'false: an identified respondent''s draft',
    submitted_on DATE        NULL COMMENT 'the day only (Asia/Tokyo)',
    language     VARCHAR(10) NOT NULL,
    pair_code    VARCHAR(12) NULL COMMENT 'anonymous pre/post: the code the respondent keeps',
    CONSTRAINT pk_survey_response PRIMARY KEY (id),
    CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_response_version FOREIGN KEY (version_id) REFERENCES survey_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_survey_response_survey ON survey_response (survey_id, version_id, submitted);
CREATE INDEX ix_survey_response_pair ON survey_response (pair_code);

-- Identified surveys only: whose response (and draft) it is.
CREATE TABLE survey_response_owner (
    response_id   BINARY(16) NOT NULL,
    invitation_id BIGINT     NOT NULL,
    CONSTRAINT pk_survey_response_owner PRIMARY KEY (response_id),
    CONSTRAINT uk_survey_response_owner UNIQUE (invitation_id),
    CONSTRAINT fk_survey_owner_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_owner_invitation FOREIGN KEY (invitation_id) REFERENCES survey_invitation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE survey_answer (
    response_id BINARY(16) NOT NULL,
    question_id BIGINT     NOT NULL,
    choice      INT        NULL COMMENT 'LIKERT 1-5, SINGLE: the option 1..n',
    choices     INT        NULL COMMENT 'MULTIPLE: bit n-1 set for option n',
    text        TEXT       NULL COMMENT 'FREE_TEXT',
    CONSTRAINT pk_survey_answer PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_survey_answer_question ON survey_answer (question_id);
