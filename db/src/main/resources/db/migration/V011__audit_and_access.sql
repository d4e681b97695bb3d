-- issue 8: every audit entry says from which client address it came (IPv6 text is at most 45 characters).
-- The application only ever inserts into audit_entry (AuditLog; AuditAppendOnlyTest proves there is no other path).
ALTER TABLE audit_entry ADD COLUMN client_address VARCHAR(45) NULL AFTER screen;
