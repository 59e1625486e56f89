-- Outgoing mail threads: its Message-ID is chosen when it is queued (so a reply can be matched to
-- its request even before the mail has left), and an answer to an incoming mail cites it.
ALTER TABLE outbox_message ADD COLUMN in_reply_to VARCHAR(998);
ALTER TABLE outbox_message ADD COLUMN references_header TEXT;
CREATE UNIQUE INDEX outbox_by_message_id ON outbox_message (message_id) WHERE message_id IS NOT NULL;
