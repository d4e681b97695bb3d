-- A household may let the school teacher read the child's written reflections (ConsentPurpose.SHARE_LEARNING_RECORDS),
-- asked apart from sharing with the school at all.
ALTER TABLE consent_record DROP CONSTRAINT ck_consent_purpose;
ALTER TABLE consent_record ADD CONSTRAINT ck_consent_purpose
    CHECK (purpose IN ('LEARNING_SUPPORT', 'SHARE_WITH_SCHOOL', 'RESEARCH', 'PHOTOS', 'SHARE_LEARNING_RECORDS'));
