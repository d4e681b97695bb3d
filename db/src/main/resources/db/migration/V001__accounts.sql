-- Accounts: who may sign in, and as what. A person's other records (learner, supporter, teacher) link here.
-- Times are stored in UTC (hibernate.jdbc.time_zone=UTC); DATETIME(6) avoids TIMESTAMP's 2038 limit.
CREATE TABLE account (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    username          VARCHAR(64)  NOT NULL,
    display_name      VARCHAR(100) NOT NULL,
    email             VARCHAR(254) NULL,
    password_hash     VARCHAR(255) NULL COMMENT 'null: signs in only through Google or Microsoft',
    google_subject    VARCHAR(255) NULL,
    microsoft_subject VARCHAR(255) NULL,
    locale            VARCHAR(8)   NOT NULL DEFAULT 'ja',
    enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins   INT          NOT NULL DEFAULT 0,
    locked_until      DATETIME(6)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT uk_account_email UNIQUE (email),
    CONSTRAINT uk_account_google_subject UNIQUE (google_subject),
    CONSTRAINT uk_account_microsoft_subject UNIQUE (microsoft_subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role CHECK (role IN ('LEARNER', 'TUTOR', 'VOLUNTEER', 'TEACHER', 'COORDINATOR', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
