-- Files that go with an e-mail (an invoice's PDF), written with the message so it is sent whole.
CREATE TABLE outbox_attachment
(
  message_id   UUID         NOT NULL REFERENCES outbox_message (id),
  position     INT          NOT NULL,
  file_name    VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  content      BYTEA        NOT NULL,
  PRIMARY KEY (message_id, position)
);
ALTER TABLE outbox_message ADD COLUMN invoice_id UUID;
CREATE INDEX outbox_by_invoice ON outbox_message (invoice_id);
