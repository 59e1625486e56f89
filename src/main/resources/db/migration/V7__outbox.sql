-- Every e-mail Pagalba sends is first written here (after the change that causes it, through the
-- event publication registry, so none is lost in a crash); a worker sends them over SMTP.
CREATE TABLE outbox_message
(
  id            UUID PRIMARY KEY,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  kind          VARCHAR(40)  NOT NULL,
  recipient     VARCHAR(254) NOT NULL,
  subject       VARCHAR(300) NOT NULL,
  body_text     TEXT         NOT NULL,
  body_html     TEXT,
  request_id    UUID,
  -- the event that caused it: redelivering that event writes no second message
  source_key    VARCHAR(200) NOT NULL UNIQUE,
  status        VARCHAR(10)  NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
  attempts      INT          NOT NULL DEFAULT 0,
  next_attempt  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  sent_at       TIMESTAMP WITH TIME ZONE,
  last_error    TEXT,
  message_id    VARCHAR(300)
);
CREATE INDEX outbox_due ON outbox_message (next_attempt) WHERE status = 'QUEUED';
CREATE INDEX outbox_by_request ON outbox_message (request_id);
