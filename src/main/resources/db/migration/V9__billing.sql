-- B7: VAT rates by the day they start.
CREATE TABLE vat_rate
(
  valid_from DATE PRIMARY KEY,
  rate       NUMERIC(5, 2) NOT NULL CHECK (rate >= 0 AND rate < 100)
);
INSERT INTO vat_rate (valid_from, rate) VALUES ('2009-09-01', 21.00);

-- Gapless numbers per series and year (IS proforma, SF VAT invoice, KS credit note): the counter
-- row stays locked until the issuing transaction commits.
CREATE TABLE invoice_number
(
  series VARCHAR(4) NOT NULL,
  year   INT        NOT NULL,
  last   INT        NOT NULL,
  PRIMARY KEY (series, year)
);

-- B6: one row per billed month; its lock makes two runs of the same month wait for each other.
CREATE TABLE billing_run
(
  period      VARCHAR(7) PRIMARY KEY,
  started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE,
  started_by  VARCHAR(64) NOT NULL
);

CREATE TABLE invoice
(
  id                 UUID PRIMARY KEY,
  type               VARCHAR(12)  NOT NULL CHECK (type IN ('PROFORMA', 'VAT_INVOICE', 'CREDIT_NOTE')),
  number             VARCHAR(20)  NOT NULL UNIQUE,
  client_id          UUID         NOT NULL REFERENCES client (id),
  run_period         VARCHAR(7),
  issue_date         DATE         NOT NULL,
  due_date           DATE,
  -- the parties as they were on the day of issue
  seller             JSONB        NOT NULL,
  buyer              JSONB        NOT NULL,
  contract_number    VARCHAR(50),
  net                NUMERIC(12, 2) NOT NULL,
  vat_rate           NUMERIC(5, 2)  NOT NULL,
  vat                NUMERIC(12, 2) NOT NULL,
  gross              NUMERIC(12, 2) NOT NULL,
  total_in_words     VARCHAR(500) NOT NULL,
  language           CHAR(2)      NOT NULL,
  status             VARCHAR(10)  NOT NULL CHECK (status IN ('ISSUED', 'SENT', 'PAID', 'CANCELLED')),
  paid_on            DATE,
  based_on           UUID REFERENCES invoice (id),
  corrects           UUID REFERENCES invoice (id),
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  created_by         VARCHAR(64)  NOT NULL
);
-- at most one live proforma per client and billing run (B6)
CREATE UNIQUE INDEX invoice_one_proforma_per_run ON invoice (client_id, run_period)
  WHERE type = 'PROFORMA' AND status <> 'CANCELLED';
-- one VAT invoice per proforma
CREATE UNIQUE INDEX invoice_one_vat_per_proforma ON invoice (based_on) WHERE type = 'VAT_INVOICE';
CREATE INDEX invoice_by_client ON invoice (client_id, issue_date DESC);

CREATE TABLE invoice_line
(
  id             UUID PRIMARY KEY,
  invoice_id     UUID          NOT NULL REFERENCES invoice (id),
  position       INT           NOT NULL,
  description    VARCHAR(500)  NOT NULL,
  category       VARCHAR(20)   NOT NULL CHECK (category IN ('CONSULTATION', 'ADDITIONAL_WORK')),
  -- the contract or billing period whose time the line bills (2026-10, 2026-Q4)
  period         VARCHAR(7)    NOT NULL,
  minutes        INT           NOT NULL,
  hours          NUMERIC(10, 2) NOT NULL,
  unit_price     NUMERIC(10, 2) NOT NULL,
  amount         NUMERIC(12, 2) NOT NULL,
  contract_id    UUID,
  UNIQUE (invoice_id, position)
);
CREATE INDEX invoice_line_by_period ON invoice_line (period, category);
