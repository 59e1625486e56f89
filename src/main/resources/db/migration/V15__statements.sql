-- R12: a client's opt-in to receive journal statements by e-mail. One current row per client;
-- every opt-in, change and opt-out is also kept in the history below (and in the audit trail).
CREATE TABLE report_subscription
(
  client_id           UUID PRIMARY KEY REFERENCES client (id),
  email               VARCHAR(254) NOT NULL,
  frequency           VARCHAR(10)  NOT NULL CHECK (frequency IN ('ON_REQUEST', 'MONTH', 'QUARTER')),
  requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  -- the evidence: the RFC Message-ID of the inbound e-mail that asked (links to the mailbox), and/or
  -- the text the administrator pasted
  evidence_message_id VARCHAR(998),
  evidence_text       TEXT,
  recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  recorded_by         VARCHAR(100) NOT NULL,
  CHECK (evidence_message_id IS NOT NULL OR evidence_text IS NOT NULL)
);
CREATE INDEX report_subscription_by_frequency ON report_subscription (frequency);

CREATE TABLE report_subscription_history
(
  id                  BIGSERIAL PRIMARY KEY,
  client_id           UUID         NOT NULL REFERENCES client (id),
  action              VARCHAR(12)  NOT NULL CHECK (action IN ('SUBSCRIBED', 'CHANGED', 'CANCELLED')),
  email               VARCHAR(254),
  frequency           VARCHAR(10),
  requested_at        TIMESTAMP WITH TIME ZONE,
  evidence_message_id VARCHAR(998),
  evidence_text       TEXT,
  recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  recorded_by         VARCHAR(100) NOT NULL
);
CREATE INDEX report_subscription_history_by_client ON report_subscription_history (client_id, recorded_at);

-- A statement (išrašas): what it showed is kept (content, as JSON) so its PDF, XLSX and CSV can be
-- made again identically; the PDF bytes are kept too, so what was sent can be looked up exactly.
CREATE TABLE statement
(
  id          UUID PRIMARY KEY,
  client_id   UUID         NOT NULL REFERENCES client (id),
  period_from DATE         NOT NULL,
  period_to   DATE         NOT NULL,
  language    VARCHAR(2)   NOT NULL CHECK (language IN ('lt', 'en')),
  requests    INT          NOT NULL,
  entries     INT          NOT NULL,
  minutes     INT          NOT NULL,
  content     JSONB        NOT NULL,
  pdf         BYTEA        NOT NULL,
  automatic   BOOLEAN      NOT NULL DEFAULT false,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  created_by  VARCHAR(100) NOT NULL,
  sent_to     VARCHAR(254),
  sent_at     TIMESTAMP WITH TIME ZONE,
  CHECK (period_from <= period_to),
  CHECK ((sent_to IS NULL) = (sent_at IS NULL))
);
CREATE INDEX statement_by_client ON statement (client_id, created_at);
-- automatic sending makes one statement per client and period, even with several instances
CREATE UNIQUE INDEX statement_automatic_once ON statement (client_id, period_from, period_to) WHERE automatic;
