-- A child's own screen settings, kept with the learner beside the furigana preference, and a raised hand the
-- child lowered themselves (it leaves the tutor's list without counting as answered).
ALTER TABLE learner
    ADD COLUMN text_size VARCHAR(10) NOT NULL DEFAULT 'NORMAL' COMMENT 'the child''s text size: NORMAL or LARGE',
    ADD CONSTRAINT ck_learner_text_size CHECK (text_size IN ('NORMAL', 'LARGE'));

ALTER TABLE help_request
    ADD COLUMN lowered_at DATETIME(6) NULL COMMENT 'the child lowered the hand before a tutor answered';
