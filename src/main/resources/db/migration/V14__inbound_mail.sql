-- Every message read from the support mailbox, once: the unique message key (its Message-ID, or a
-- hash of its headers and body when it has none) is written in the same transaction as the request
-- it makes or joins, so a crash or a second poller cannot register it twice. The raw message is kept
-- so a quarantined one can be retried.
CREATE TABLE inbound_message
(
  id            UUID PRIMARY KEY,
  message_key   VARCHAR(1000) NOT NULL UNIQUE,
  message_id    VARCHAR(998),
  from_address  VARCHAR(320),
  from_name     VARCHAR(300),
  subject       TEXT,
  sent_at       TIMESTAMP WITH TIME ZONE,
  received_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  body_text     TEXT,
  quoted_text   TEXT,
  raw_size      INT           NOT NULL,
  raw           BYTEA,
  status        VARCHAR(12)   NOT NULL CHECK (status IN ('PROCESSING', 'REGISTERED', 'JOINED', 'QUARANTINED', 'IGNORED')),
  reason        TEXT,
  request_id    UUID REFERENCES support_request (id),
  attempts      INT           NOT NULL DEFAULT 1
);
CREATE INDEX inbound_by_request ON inbound_message (request_id);
CREATE INDEX inbound_by_message_id ON inbound_message (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX inbound_quarantined ON inbound_message (received_at) WHERE status = 'QUARANTINED';

CREATE TABLE inbound_attachment
(
  id            UUID PRIMARY KEY,
  message_id    UUID         NOT NULL REFERENCES inbound_message (id),
  position      INT          NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  content_type  VARCHAR(200) NOT NULL,
  size          INT          NOT NULL,
  content       BYTEA        NOT NULL,
  UNIQUE (message_id, position)
);

-- The mail intake finds a sender among the contacts of every client by e-mail address.
CREATE INDEX contact_by_email ON contact (lower(email));
