-- People, households and consent. Household circumstances and guardian contacts are sensitive
-- (要配慮個人情報 under APPI): only coordinators read them, and every read is audited (audit_entry).

CREATE TABLE organisation_coordinator (
    organisation_id BIGINT NOT NULL,
    account_id      BIGINT NOT NULL,
    CONSTRAINT pk_organisation_coordinator PRIMARY KEY (organisation_id, account_id),
    CONSTRAINT fk_org_coordinator_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_org_coordinator_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Households to support per fiscal year (April-March); without a row the default target applies.
CREATE TABLE organisation_target (
    organisation_id BIGINT NOT NULL,
    fiscal_year     INT    NOT NULL,
    households      INT    NOT NULL,
    CONSTRAINT pk_organisation_target PRIMARY KEY (organisation_id, fiscal_year),
    CONSTRAINT fk_org_target_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_org_target_households CHECK (households >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE school (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL,
    sourced_id VARCHAR(255) NULL COMMENT 'OneRoster org sourcedId',
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_school PRIMARY KEY (id),
    CONSTRAINT uk_school_sourced_id UNIQUE (sourced_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE school_class (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    school_id   BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    fiscal_year INT          NOT NULL,
    grade       VARCHAR(2)   NULL,
    sourced_id  VARCHAR(255) NULL,
    CONSTRAINT pk_school_class PRIMARY KEY (id),
    CONSTRAINT fk_school_class_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uk_school_class_sourced_id UNIQUE (sourced_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE teacher (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    school_id   BIGINT       NOT NULL,
    account_id  BIGINT       NULL,
    family_name VARCHAR(50)  NOT NULL,
    given_name  VARCHAR(50)  NOT NULL,
    email       VARCHAR(254) NULL,
    sourced_id  VARCHAR(255) NULL,
    CONSTRAINT pk_teacher PRIMARY KEY (id),
    CONSTRAINT fk_teacher_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_teacher_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT uk_teacher_account UNIQUE (account_id),
    CONSTRAINT uk_teacher_sourced_id UNIQUE (sourced_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE household (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id    BIGINT       NOT NULL,
    family_name        VARCHAR(50)  NOT NULL,
    family_name_kana   VARCHAR(100) NOT NULL,
    district           VARCHAR(100) NULL COMMENT 'school district (校区)',
    preferred_language VARCHAR(10)  NOT NULL,
    support_started    DATE         NOT NULL,
    support_ended      DATE         NULL,
    circumstance_note  TEXT         NULL,
    removed_at         DATETIME(6)  NULL COMMENT 'soft removal; erased after the retention period',
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_household PRIMARY KEY (id),
    CONSTRAINT fk_household_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_household_support CHECK (support_ended IS NULL OR support_ended >= support_started)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_household_org_kana ON household (organisation_id, removed_at, family_name_kana);
CREATE INDEX ix_household_support ON household (organisation_id, support_started, support_ended);

CREATE TABLE household_circumstance (
    household_id BIGINT      NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    CONSTRAINT pk_household_circumstance PRIMARY KEY (household_id, kind),
    CONSTRAINT fk_circumstance_household FOREIGN KEY (household_id) REFERENCES household (id) ON DELETE CASCADE,
    CONSTRAINT ck_circumstance_kind CHECK (kind IN ('ECONOMIC_HARDSHIP', 'SINGLE_PARENT', 'FOREIGN_ROOTS', 'DISABILITY_OR_HEALTH', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE guardian (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    household_id       BIGINT       NOT NULL,
    family_name        VARCHAR(50)  NOT NULL,
    given_name         VARCHAR(50)  NOT NULL,
    relationship       VARCHAR(30)  NULL,
    phone              VARCHAR(30)  NULL,
    email              VARCHAR(254) NULL,
    preferred_language VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_guardian PRIMARY KEY (id),
    CONSTRAINT fk_guardian_household FOREIGN KEY (household_id) REFERENCES household (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Consent is a history: a row per decision; the newest row of a purpose is the household's current answer.
CREATE TABLE consent_record (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    household_id BIGINT       NOT NULL,
    purpose      VARCHAR(30)  NOT NULL,
    granted      BOOLEAN      NOT NULL,
    given_by     VARCHAR(100) NOT NULL,
    method       VARCHAR(20)  NOT NULL,
    decided_on   DATE         NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    recorded_by  BIGINT       NULL,
    CONSTRAINT pk_consent_record PRIMARY KEY (id),
    CONSTRAINT fk_consent_household FOREIGN KEY (household_id) REFERENCES household (id) ON DELETE CASCADE,
    CONSTRAINT ck_consent_purpose CHECK (purpose IN ('LEARNING_SUPPORT', 'SHARE_WITH_SCHOOL', 'RESEARCH', 'PHOTOS')),
    CONSTRAINT ck_consent_method CHECK (method IN ('PAPER', 'ONLINE', 'ORAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_consent_household_purpose ON consent_record (household_id, purpose, recorded_at);

CREATE TABLE learner (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    household_id      BIGINT       NOT NULL,
    family_name       VARCHAR(50)  NOT NULL,
    given_name        VARCHAR(50)  NOT NULL,
    family_name_kana  VARCHAR(100) NOT NULL,
    given_name_kana   VARCHAR(100) NOT NULL,
    school_id         BIGINT       NULL,
    grade             VARCHAR(2)   NULL COMMENT 'MEXT grade code: P1-P6, J1-J3, H1-H3',
    home_class        VARCHAR(50)  NULL,
    furigana          VARCHAR(10)  NOT NULL,
    account_id        BIGINT       NULL,
    roster_sourced_id VARCHAR(255) NULL,
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_learner PRIMARY KEY (id),
    CONSTRAINT fk_learner_household FOREIGN KEY (household_id) REFERENCES household (id) ON DELETE CASCADE,
    CONSTRAINT fk_learner_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_learner_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT uk_learner_account UNIQUE (account_id),
    CONSTRAINT uk_learner_roster UNIQUE (roster_sourced_id),
    CONSTRAINT ck_learner_furigana CHECK (furigana IN ('ALL', 'GRADE', 'NONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_learner_school ON learner (school_id);

CREATE TABLE supporter (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    category        VARCHAR(30)  NOT NULL,
    family_name     VARCHAR(50)  NOT NULL,
    given_name      VARCHAR(50)  NOT NULL,
    affiliation     VARCHAR(200) NULL COMMENT 'university, or other group',
    faculty         VARCHAR(200) NULL,
    email           VARCHAR(254) NULL,
    phone           VARCHAR(30)  NULL,
    account_id      BIGINT       NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT pk_supporter PRIMARY KEY (id),
    CONSTRAINT fk_supporter_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_supporter_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT uk_supporter_account UNIQUE (account_id),
    CONSTRAINT ck_supporter_category CHECK (category IN ('UNIVERSITY_STUDENT', 'EX_NURSERY_TEACHER', 'PARENT', 'OTHER_VOLUNTEER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE tutoring_match (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    supporter_id BIGINT      NOT NULL,
    learner_id   BIGINT      NOT NULL,
    starts_on    DATE        NOT NULL,
    ends_on      DATE        NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_tutoring_match PRIMARY KEY (id),
    CONSTRAINT fk_match_supporter FOREIGN KEY (supporter_id) REFERENCES supporter (id) ON DELETE CASCADE,
    CONSTRAINT fk_match_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    CONSTRAINT ck_match_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_match_supporter ON tutoring_match (supporter_id, learner_id);

-- Who read or changed sensitive data. record_id is an opaque number: once a household is erased, nothing here
-- names a person.
CREATE TABLE audit_entry (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    at          DATETIME(6) NOT NULL,
    actor_id    BIGINT      NULL,
    actor       VARCHAR(64) NOT NULL,
    action      VARCHAR(30) NOT NULL,
    record_type VARCHAR(30) NOT NULL,
    record_id   BIGINT      NOT NULL,
    screen      VARCHAR(60) NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_audit_at ON audit_entry (at);
CREATE INDEX ix_audit_record ON audit_entry (record_type, record_id);
