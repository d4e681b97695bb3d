-- Photos of look-around activities (learning): one per child and activity, replaced by a new upload. The bytes are
-- in the database, like assignment_file's, so every app node sees them and backups include them. Written again as
-- JPEG by the server (base.files), so no EXIF or GPS position of the child's camera is kept.
CREATE TABLE activity_photo (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    learner_id   BIGINT       NOT NULL,
    unit_id      VARCHAR(64)  NOT NULL,
    activity_id  VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    media_type   VARCHAR(100) NOT NULL COMMENT 'detected from the content, not the browser',
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    thumbnail    MEDIUMBLOB   NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_activity_photo PRIMARY KEY (id),
    CONSTRAINT uk_activity_photo UNIQUE (learner_id, unit_id, activity_id),
    CONSTRAINT fk_activity_photo_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
