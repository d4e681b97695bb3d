-- A note a coordinator chooses to share about a learner with the supporters matched with them (e.g. "needs a
-- quiet seat"). It is the only household-related text tutors and volunteers ever see.
CREATE TABLE shared_note (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    learner_id BIGINT        NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    shared_by  BIGINT        NULL,
    shared_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_shared_note PRIMARY KEY (id),
    CONSTRAINT fk_shared_note_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_shared_note_learner ON shared_note (learner_id, shared_at);
