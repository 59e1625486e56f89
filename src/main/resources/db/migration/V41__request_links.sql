-- Issue 13 item 6: related requests (not duplicates). A link is symmetric: it is kept once, the
-- smaller id first, so linking A to B and B to A is the same row and linking twice changes nothing.
CREATE TABLE request_link
(
  low_id     UUID        NOT NULL REFERENCES support_request (id),
  high_id    UUID        NOT NULL REFERENCES support_request (id),
  linked_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  linked_by  VARCHAR(64) NOT NULL,
  PRIMARY KEY (low_id, high_id),
  CHECK (low_id < high_id)
);
CREATE INDEX request_link_by_high ON request_link (high_id);
