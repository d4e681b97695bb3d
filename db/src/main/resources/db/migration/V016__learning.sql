-- Issue 11 (ESD units): units assigned to learners or to a session series, each child's progress per stable lesson
-- id and answers per stable activity id (a new version of a unit keeps them: the ids never change), self-ratings on
-- the ESD abilities at the start and the end of a unit, and the community action that closes each unit, kept so
-- that the outcomes can count actions and their minutes per organisation and fiscal year. Ids of units, lessons and
-- activities are the content packages' own (lowercase a-z, 0-9, '-', at most 64 characters).

CREATE TABLE unit_assignment (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    unit_id         VARCHAR(64) NOT NULL,
    organisation_id BIGINT      NOT NULL,
    learner_id      BIGINT      NULL,
    series_id       BIGINT      NULL,
    assigned_by     BIGINT      NULL COMMENT 'the account that assigned it; kept empty once that account is gone',
    assigned_at     DATETIME(6) NOT NULL,
    CONSTRAINT pk_unit_assignment PRIMARY KEY (id),
    CONSTRAINT uk_unit_assignment_learner UNIQUE (unit_id, learner_id),
    CONSTRAINT uk_unit_assignment_series UNIQUE (unit_id, series_id),
    CONSTRAINT fk_unit_assignment_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_unit_assignment_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_assignment_series FOREIGN KEY (series_id) REFERENCES session_series (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_assignment_by FOREIGN KEY (assigned_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_unit_assignment_target CHECK ((learner_id IS NULL) <> (series_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_unit_assignment_org ON unit_assignment (organisation_id);

CREATE TABLE lesson_progress (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    learner_id  BIGINT      NOT NULL,
    unit_id     VARCHAR(64) NOT NULL,
    lesson_id   VARCHAR(64) NOT NULL,
    opened_at   DATETIME(6) NOT NULL,
    finished_at DATETIME(6) NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_lesson_progress PRIMARY KEY (id),
    CONSTRAINT uk_lesson_progress UNIQUE (learner_id, unit_id, lesson_id),
    CONSTRAINT fk_lesson_progress_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The child's latest draft, saved as they type. The activity's kind (from the unit) says how to read it: text
-- for a reflection, a look-around or a short-text question; the chosen indexes, comma-separated, for a choice;
-- the number as typed for a number question. score: RIGHT / WRONG / UNANSWERED for questions, empty otherwise.
CREATE TABLE activity_answer (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    learner_id  BIGINT        NOT NULL,
    unit_id     VARCHAR(64)   NOT NULL,
    activity_id VARCHAR(64)   NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    answer      VARCHAR(4000) NULL,
    score       VARCHAR(12)   NULL,
    saved_at    DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_activity_answer PRIMARY KEY (id),
    CONSTRAINT uk_activity_answer UNIQUE (learner_id, unit_id, activity_id),
    CONSTRAINT fk_activity_answer_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    CONSTRAINT ck_activity_answer_score CHECK (score IS NULL OR score IN ('RIGHT', 'WRONG', 'UNANSWERED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE self_rating (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    learner_id      BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL COMMENT 'of the assignment the child rated under, for coordinators',
    unit_id         VARCHAR(64) NOT NULL,
    moment          VARCHAR(5)  NOT NULL,
    ability         VARCHAR(30) NOT NULL COMMENT 'EsdAbility id, e.g. critical-thinking',
    level           INT         NOT NULL COMMENT '1 できない, 2 すこしできる, 3 できる, 4 よくできる',
    rated_at        DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_self_rating PRIMARY KEY (id),
    CONSTRAINT uk_self_rating UNIQUE (learner_id, unit_id, moment, ability),
    CONSTRAINT fk_self_rating_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    CONSTRAINT fk_self_rating_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_self_rating_moment CHECK (moment IN ('START', 'END')),
    CONSTRAINT ck_self_rating_level CHECK (level BETWEEN 1 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_self_rating_org_unit ON self_rating (organisation_id, unit_id);

-- One per child and unit: planned (what, with whom, on which day), later reported (what happened, how many
-- minutes, what they learned, the day it was done). The outcomes count REPORTED actions by done_on's fiscal year.
CREATE TABLE community_action (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    learner_id      BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    unit_id         VARCHAR(64)   NOT NULL,
    activity_id     VARCHAR(64)   NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    plan_what       VARCHAR(400)  NOT NULL,
    plan_with_whom  VARCHAR(200)  NOT NULL,
    planned_on      DATE          NOT NULL,
    planned_at      DATETIME(6)   NOT NULL,
    report_what     VARCHAR(1000) NULL,
    minutes         INT           NULL,
    learned         VARCHAR(1000) NULL,
    done_on         DATE          NULL,
    reported_at     DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_community_action PRIMARY KEY (id),
    CONSTRAINT uk_community_action UNIQUE (learner_id, unit_id),
    CONSTRAINT fk_community_action_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    CONSTRAINT fk_community_action_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_community_action_state CHECK (state IN ('PLANNED', 'REPORTED')),
    CONSTRAINT ck_community_action_minutes CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_community_action_report CHECK (state = 'PLANNED' OR (report_what IS NOT NULL AND minutes IS NOT NULL
        AND done_on IS NOT NULL AND reported_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_community_action_org_done ON community_action (organisation_id, state, done_on);
