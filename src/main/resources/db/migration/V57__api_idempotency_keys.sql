-- Idempotency-Key on the API's creating POSTs: the first answer of a key, per caller, kept for 24 hours.
-- The row is written in the same transaction as the work, so a key is stored exactly when its work
-- committed; a second call with the key while the first runs waits on the primary key, then replays.
CREATE TABLE api_idempotency_key
(
  principal    VARCHAR(64)  NOT NULL,
  key          VARCHAR(255) NOT NULL,
  fingerprint  CHAR(64)     NOT NULL,   -- SHA-256 of the method, the path and the body
  status       INT          NOT NULL,
  content_type VARCHAR(200),
  body         BYTEA        NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (principal, key)
);
CREATE INDEX api_idempotency_key_by_age ON api_idempotency_key (created_at);
