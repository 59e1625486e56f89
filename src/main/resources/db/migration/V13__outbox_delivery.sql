-- The outbox worker records when it last tried a mail; the outbox page lists mails newest first,
-- all of them or one status.
ALTER TABLE outbox_message ADD COLUMN last_attempt TIMESTAMP WITH TIME ZONE;
CREATE INDEX outbox_by_created ON outbox_message (created_at DESC);
CREATE INDEX outbox_by_status_created ON outbox_message (status, created_at DESC);
