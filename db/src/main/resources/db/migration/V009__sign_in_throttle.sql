-- Issue 8: wrong passwords are counted per name and client address, per client address and per name, each in a
-- row of its own that is changed under a row lock, so parallel attempts cannot slip past the count. Names count
-- whether or not an account has them, so the answers do not tell which accounts exist. The subject is a SHA-256
-- hash of the name and/or address (kept out of plain sight, not anonymous). A KNOWN row says that the name signed
-- in from that address before: rests of the name or of the address as a whole do not keep it out.
CREATE TABLE sign_in_throttle (
    subject         CHAR(64)    NOT NULL COMMENT 'SHA-256 (hex) of the kind, the name and/or the client address',
    kind            VARCHAR(10) NOT NULL,
    name_subject    CHAR(64)    NULL COMMENT 'SHA-256 (hex) of the name, so that a new password can end its rests',
    failures        INT         NOT NULL DEFAULT 0 COMMENT 'wrong passwords since the last rest',
    pending         INT         NOT NULL DEFAULT 0 COMMENT 'attempts let in whose password is being checked',
    rests           INT         NOT NULL DEFAULT 0 COMMENT 'rests so far: each one is longer',
    rest_until      DATETIME(6) NULL,
    counted_since   DATETIME(6) NOT NULL COMMENT 'the count starts again when this is older than the forget-after',
    last_attempt_at DATETIME(6) NOT NULL COMMENT 'for KNOWN: the last good sign-in',
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (subject),
    CONSTRAINT ck_sign_in_throttle_kind CHECK (kind IN ('PAIR', 'ADDRESS', 'ACCOUNT', 'KNOWN')),
    CONSTRAINT ck_sign_in_throttle_counts CHECK (failures >= 0 AND pending >= 0 AND rests >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_sign_in_throttle_last_attempt ON sign_in_throttle (last_attempt_at);
CREATE INDEX ix_sign_in_throttle_name ON sign_in_throttle (name_subject);

-- The count that lived on the account (and was changed with optimistic locking) is replaced by the table above.
ALTER TABLE account
    DROP COLUMN failed_sign_ins,
    DROP COLUMN locked_until;
