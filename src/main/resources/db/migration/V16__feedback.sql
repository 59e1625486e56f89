-- R16: after a request is closed its contact is invited to rate the service once, within 30 days.

-- The key that signs feedback links when no PAGALBA_FEEDBACK_SECRET is configured: made once, so
-- every instance signs and checks with the same one.
CREATE TABLE feedback_secret
(
  id         SMALLINT PRIMARY KEY CHECK (id = 1),
  secret     BYTEA                    NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- One invitation per request, ever: a redelivered close event or a second close invites nobody again.
CREATE TABLE feedback_invitation
(
  id             UUID PRIMARY KEY,
  request_id     UUID                     NOT NULL UNIQUE REFERENCES support_request (id),
  request_number VARCHAR(20)              NOT NULL,
  client_id      UUID,
  -- SHA-256 of the link's random part; the link itself is known only to the recipient
  token_hash     BYTEA                    NOT NULL UNIQUE,
  recipient      VARCHAR(254)             NOT NULL,
  language       VARCHAR(2)               NOT NULL CHECK (language IN ('lt', 'en')),
  -- who worked on the request when it was closed (lead first, then members)
  consultants    TEXT[]                   NOT NULL DEFAULT '{}',
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at        TIMESTAMP WITH TIME ZONE
);

CREATE TABLE feedback_response
(
  invitation_id UUID PRIMARY KEY REFERENCES feedback_invitation (id),
  request_id    UUID                     NOT NULL UNIQUE,
  rating        SMALLINT                 NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment       VARCHAR(2000),
  answered_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  consultants   TEXT[]                   NOT NULL DEFAULT '{}'
);
CREATE INDEX feedback_response_answered ON feedback_response (answered_at DESC);

-- A low rating (1 or 2) is a problem the administrator comes back to.
CREATE TABLE feedback_follow_up
(
  id            UUID PRIMARY KEY,
  invitation_id UUID                     NOT NULL UNIQUE REFERENCES feedback_response (invitation_id),
  status        VARCHAR(4)               NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  done_by       VARCHAR(100),
  done_at       TIMESTAMP WITH TIME ZONE,
  note          VARCHAR(2000)
);
CREATE INDEX feedback_follow_up_open ON feedback_follow_up (created_at) WHERE status = 'OPEN';

-- Addresses that asked for no more feedback requests (kept in lower case).
CREATE TABLE feedback_opt_out
(
  email          VARCHAR(254) PRIMARY KEY,
  opted_out_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
