-- The client portal's own tables (module portal). Raw tokens are never stored: only their SHA-256.

-- one-time login links: 15 minutes, used once
CREATE TABLE portal_login_token
(
  token_hash  BYTEA PRIMARY KEY,
  email       VARCHAR(254)             NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX portal_login_token_expiry ON portal_login_token (expires_at);

-- sessions of contact people, shared by every instance; the client is chosen after login when the
-- address is a contact of several clients (until then client_id and contact_id are null)
CREATE TABLE portal_session
(
  session_hash  BYTEA PRIMARY KEY,
  email         VARCHAR(254)             NOT NULL,
  client_id     UUID,
  contact_id    UUID,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX portal_session_by_email ON portal_session (lower(email));
CREATE INDEX portal_session_expiry ON portal_session (expires_at);

-- requests for login links, per address and per IP address (both hashed), for the rate limits
CREATE TABLE portal_link_attempt
(
  key_hash      BYTEA                    NOT NULL,
  attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX portal_link_attempt_by_key ON portal_link_attempt (key_hash, attempted_at);
