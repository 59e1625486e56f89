-- The conversation with the client on a request (issue 12): replies (e-mailed through the outbox) and
-- internal notes, their files (stored like the files of incoming mail), and phone calls. Never changed
-- or deleted once written (R11).
CREATE TABLE conversation_message
(
  id                UUID PRIMARY KEY,
  request_id        UUID         NOT NULL REFERENCES support_request (id),
  kind              VARCHAR(10)  NOT NULL CHECK (kind IN ('REPLY', 'NOTE')),
  author            VARCHAR(64)  NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  from_address      VARCHAR(320),
  to_addresses      TEXT[]       NOT NULL DEFAULT '{}',
  cc_addresses      TEXT[]       NOT NULL DEFAULT '{}',
  subject           VARCHAR(300),
  body              TEXT         NOT NULL,
  -- a reply's Message-ID, chosen here so that answers thread to it before it has even left
  message_id        VARCHAR(300) UNIQUE,
  in_reply_to       VARCHAR(998),
  references_header TEXT,
  work_entry_id     UUID,
  CHECK (kind = 'NOTE' OR message_id IS NOT NULL)
);
CREATE INDEX conversation_message_by_request ON conversation_message (request_id, created_at);

CREATE TABLE conversation_file
(
  id           UUID PRIMARY KEY,
  message_id   UUID         NOT NULL REFERENCES conversation_message (id),
  position     INT          NOT NULL,
  file_name    VARCHAR(255) NOT NULL,
  content_type VARCHAR(200) NOT NULL,
  size         INT          NOT NULL,
  content      BYTEA        NOT NULL,
  UNIQUE (message_id, position)
);

CREATE TABLE phone_call
(
  id            UUID PRIMARY KEY,
  request_id    UUID         NOT NULL REFERENCES support_request (id),
  author        VARCHAR(64)  NOT NULL,
  direction     VARCHAR(10)  NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
  started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  minutes       INT          NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  note          TEXT         NOT NULL,
  work_entry_id UUID,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX phone_call_by_request ON phone_call (request_id, started_at);
