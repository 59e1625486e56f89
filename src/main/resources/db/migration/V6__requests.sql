-- R4: the registration journal. Numbers are YYYY-NNNNNN, gapless within a year: the counter row is
-- updated in the same transaction as the request, so a rolled-back registration uses no number.
CREATE TABLE request_number
(
  year INT PRIMARY KEY,
  last INT NOT NULL
);

CREATE TABLE support_request
(
  id                     UUID PRIMARY KEY,
  number                 VARCHAR(11)  NOT NULL UNIQUE,
  received_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  channel                VARCHAR(10)  NOT NULL CHECK (channel IN ('PHONE', 'EMAIL', 'WEB')),
  client_id              UUID REFERENCES client (id),            -- null while an e-mail has not named its company
  contact_id             UUID REFERENCES contact (id),
  -- the contact data as given at registration (R4); later edits of the contact do not change it
  contact_first_name     VARCHAR(100),
  contact_last_name      VARCHAR(100),
  contact_position       VARCHAR(100),
  contact_phone          VARCHAR(40),
  contact_email          VARCHAR(254),
  summary                VARCHAR(300),
  description            TEXT,
  urgent                 BOOLEAN      NOT NULL DEFAULT FALSE,
  requested_consultant   VARCHAR(100),
  requested_honoured     BOOLEAN,
  requested_outcome      VARCHAR(20),
  status                 VARCHAR(24)  NOT NULL CHECK (status IN ('AWAITING_INFORMATION', 'REGISTERED', 'ASSIGNED',
                                                                 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
  missing_items          TEXT[]       NOT NULL DEFAULT '{}',
  registered_by          VARCHAR(64)  NOT NULL,
  search                 TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', pagalba_unaccent(
                             number || ' ' || coalesce(summary, '') || ' ' || coalesce(description, '') || ' ' ||
                             coalesce(contact_first_name, '') || ' ' || coalesce(contact_last_name, '')))) STORED
);
CREATE INDEX support_request_search ON support_request USING gin (search);
CREATE INDEX support_request_by_received ON support_request (received_at DESC);
CREATE INDEX support_request_by_client ON support_request (client_id, received_at DESC);
CREATE INDEX support_request_open ON support_request (status) WHERE status NOT IN ('RESOLVED', 'CLOSED');

-- R7: who works on a request: one lead, any number of members
CREATE TABLE request_assignment
(
  request_id  UUID        NOT NULL REFERENCES support_request (id),
  consultant  VARCHAR(40) NOT NULL REFERENCES staff_member (username),
  role        VARCHAR(10) NOT NULL CHECK (role IN ('LEAD', 'MEMBER')),
  assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
  assigned_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (request_id, consultant)
);
CREATE UNIQUE INDEX request_one_lead ON request_assignment (request_id) WHERE role = 'LEAD';
CREATE INDEX request_assignment_by_consultant ON request_assignment (consultant);

-- R11: the request's timeline, never changed or deleted
CREATE TABLE request_event
(
  id          BIGSERIAL PRIMARY KEY,
  request_id  UUID        NOT NULL REFERENCES support_request (id),
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  actor       VARCHAR(64) NOT NULL,
  kind        VARCHAR(32) NOT NULL,
  details     JSONB       NOT NULL DEFAULT '{}'
);
CREATE INDEX request_event_by_request ON request_event (request_id, occurred_at, id);
