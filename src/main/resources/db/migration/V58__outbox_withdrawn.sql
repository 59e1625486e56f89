-- A mail withdrawn before it left (its proforma was cancelled) is kept, marked WITHDRAWN, and never sent.
ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_status_check;
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_status_check
  CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'WITHDRAWN'));
