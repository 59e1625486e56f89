-- Issue 14, R17: by the 10th of each month the proformas of the month before that nobody paid get their
-- VAT invoices. One row per run of that job (the scheduled one once per month, even with several
-- instances), with what it issued and what it could not issue, and why.
CREATE TABLE vat_invoice_run
(
  id          UUID PRIMARY KEY,
  period      VARCHAR(7)   NOT NULL,
  scheduled   BOOLEAN      NOT NULL,
  started_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  finished_at TIMESTAMP WITH TIME ZONE,
  started_by  VARCHAR(64)  NOT NULL,
  issued      INT          NOT NULL DEFAULT 0,
  refused     INT          NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX vat_invoice_run_scheduled_once ON vat_invoice_run (period) WHERE scheduled;
CREATE INDEX vat_invoice_run_by_period ON vat_invoice_run (period, started_at);

-- VAT invoices that could not be issued and why: the proforma's buyer lacked what a VAT invoice needs.
CREATE TABLE billing_refusal
(
  id          BIGSERIAL PRIMARY KEY,
  -- the billing run's month of the proforma
  period      VARCHAR(7)   NOT NULL,
  client_id   UUID         NOT NULL REFERENCES client (id),
  proforma_id UUID         NOT NULL REFERENCES invoice (id),
  -- the client's details that are missing, as field names (street,city,companyCode,vatCode)
  missing     VARCHAR(200) NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX billing_refusal_by_period ON billing_refusal (period, recorded_at);
