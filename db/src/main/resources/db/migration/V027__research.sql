-- Issue 13, research export for partner universities, and the "children who came back as supporters" link.

-- A supporter who was once a learner of the same organisation (set by its coordinator). One supporter per learner;
-- erasing the learner's household leaves the supporter without the link.
ALTER TABLE supporter
    ADD COLUMN former_learner_id BIGINT NULL COMMENT 'the learner this supporter once was (outcome: came back as a supporter)',
    ADD CONSTRAINT fk_supporter_former_learner FOREIGN KEY (former_learner_id) REFERENCES learner (id) ON DELETE SET NULL,
    ADD CONSTRAINT uk_supporter_former_learner UNIQUE (former_learner_id);

-- A field that may identify a child (school class, school district) or holds a child's own words (reflections),
-- reviewed by a coordinator of the organisation: only then does it go into that organisation's research exports.
-- No row: not reviewed, left out.
CREATE TABLE research_field_review (
    organisation_id BIGINT      NOT NULL,
    field           VARCHAR(30) NOT NULL,
    reviewed_by     BIGINT      NULL COMMENT 'the account; kept empty once that account is gone',
    reviewer        VARCHAR(64) NOT NULL COMMENT 'the username at the time, for the screen',
    reviewed_at     DATETIME(6) NOT NULL,
    CONSTRAINT pk_research_field_review PRIMARY KEY (organisation_id, field),
    CONSTRAINT fk_research_review_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_research_review_account FOREIGN KEY (reviewed_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_research_review_field CHECK (field IN ('HOME_CLASS', 'SCHOOL_DISTRICT', 'REFLECTIONS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Every research export: who, which organisation, which fiscal year, how many children, which reviewed fields.
-- The key the coordinator typed is never stored, here or anywhere.
CREATE TABLE research_export (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    fiscal_year     INT          NOT NULL,
    format          VARCHAR(5)   NOT NULL,
    children        INT          NOT NULL,
    fields          VARCHAR(100) NOT NULL COMMENT 'reviewed fields included, comma-separated',
    exported_by     BIGINT       NULL,
    exporter        VARCHAR(64)  NOT NULL,
    exported_at     DATETIME(6)  NOT NULL,
    CONSTRAINT pk_research_export PRIMARY KEY (id),
    CONSTRAINT fk_research_export_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_research_export_account FOREIGN KEY (exported_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_research_export_format CHECK (format IN ('XLSX', 'CSV')),
    CONSTRAINT ck_research_export_children CHECK (children >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_research_export_org ON research_export (organisation_id, exported_at);
