-- issue 10, the child's side: how a child likes to answer work, remembered on the server so that it follows them
-- to another Chromebook. No row = the default (all questions on one page).
CREATE TABLE assignment_answering_layout (
    learner_id    BIGINT  NOT NULL,
    one_at_a_time BOOLEAN NOT NULL COMMENT 'one question per screen instead of all on one page',
    CONSTRAINT pk_answering_layout PRIMARY KEY (learner_id),
    CONSTRAINT fk_answering_layout_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
