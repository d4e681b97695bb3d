-- issue 12: the e-mail reminders of training that runs out. A supporter is told once per completion that expires
-- within 60 days: the completion is known by its supporter, module and expiry day (a renewal is a new completion
-- with a later expiry, so it is reminded again when its own time comes).
CREATE TABLE training_reminder_sent (
    supporter_id BIGINT      NOT NULL,
    module_id    BIGINT      NOT NULL,
    expires_on   DATE        NOT NULL,
    sent_at      DATETIME(6) NOT NULL,
    CONSTRAINT pk_training_reminder_sent PRIMARY KEY (supporter_id, module_id, expires_on),
    CONSTRAINT fk_reminder_supporter FOREIGN KEY (supporter_id) REFERENCES supporter (id) ON DELETE CASCADE,
    CONSTRAINT fk_reminder_module FOREIGN KEY (module_id) REFERENCES training_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
