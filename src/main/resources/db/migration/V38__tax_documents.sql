-- Issue 14: what the VAT law asks of each issued document (PVMĮ art. 80, 83), credits that never take
-- back more than is left on a line, and the PDF of each document kept as it was first made.

-- The last day of a contract or billing period written 2026-10 or 2026-Q4.
CREATE FUNCTION pagalba_period_end(period TEXT) RETURNS DATE LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN period ~ '^\d{4}-Q[1-4]$'
              THEN (make_date(substr(period, 1, 4)::INT, (substr(period, 7, 1)::INT - 1) * 3 + 1, 1) + INTERVAL '3 months' - INTERVAL '1 day')::DATE
              ELSE (to_date(period || '-01', 'YYYY-MM-DD') + INTERVAL '1 month' - INTERVAL '1 day')::DATE END
$$;

ALTER TABLE invoice
  -- the end of the document's latest supply period (the VAT point's supply date)
  ADD COLUMN supply_date        DATE,
  -- S: Lithuanian VAT at the standard rate; AE: reverse charge (a buyer with another EU state's VAT number)
  ADD COLUMN vat_category       VARCHAR(2)   NOT NULL DEFAULT 'S' CHECK (vat_category IN ('S', 'AE')),
  -- a credit note's reason (art. 83) and why it was made
  ADD COLUMN reason             VARCHAR(500),
  ADD COLUMN credit_origin      VARCHAR(12)  CHECK (credit_origin IN ('MANUAL', 'CORRECTION', 'DIFFERENCE')),
  -- who issued it, as printed (created_by is their username)
  ADD COLUMN issued_by_name     VARCHAR(200),
  ADD COLUMN issued_by_position VARCHAR(100),
  -- credit notes issued for a VAT invoice: raised by each, so two credits of one invoice take turns
  ADD COLUMN credit_notes       INT NOT NULL DEFAULT 0,
  -- the VAT per rate, [{"rate", "net", "vat"}]: of its own net, or on a credit note the change it
  -- makes to the VAT of the invoice it corrects
  ADD COLUMN vat_breakdown      JSONB;

ALTER TABLE invoice_line
  -- the VAT rate of the line's supply date
  ADD COLUMN vat_rate    NUMERIC(5, 2),
  ADD COLUMN unit        VARCHAR(3) NOT NULL DEFAULT 'MIN' CHECK (unit IN ('MIN', 'C62')),
  -- a credit note's line: the VAT invoice line it takes back
  ADD COLUMN credits     UUID REFERENCES invoice_line (id),
  -- a line made from another document's line: that line (a VAT invoice's from its proforma's)
  ADD COLUMN source_line UUID;

UPDATE invoice_line l SET vat_rate = i.vat_rate FROM invoice i WHERE i.id = l.invoice_id;
ALTER TABLE invoice_line ALTER COLUMN vat_rate SET NOT NULL;
UPDATE invoice i SET supply_date = (SELECT max(pagalba_period_end(l.period)) FROM invoice_line l WHERE l.invoice_id = i.id);
UPDATE invoice SET supply_date = issue_date WHERE supply_date IS NULL;
ALTER TABLE invoice ALTER COLUMN supply_date SET NOT NULL;
UPDATE invoice SET credit_origin = 'MANUAL' WHERE type = 'CREDIT_NOTE';
UPDATE invoice SET vat_breakdown = jsonb_build_array(jsonb_build_object('rate', vat_rate, 'net', net::text, 'vat', vat::text));
ALTER TABLE invoice ALTER COLUMN vat_breakdown SET NOT NULL;
-- credit notes made before lines named what they took back: they took back whole lines of their invoice, in order
UPDATE invoice_line c SET credits = v.id
FROM invoice k, invoice_line v
WHERE k.id = c.invoice_id AND k.type = 'CREDIT_NOTE' AND v.invoice_id = k.corrects
  AND v.description = c.description AND v.period = c.period AND v.category = c.category AND v.minutes = -c.minutes;

-- what is left on a VAT invoice's line: read through the credits of it
CREATE INDEX invoice_line_credits ON invoice_line (credits) WHERE credits IS NOT NULL;
-- the month's documents for i.SAF and the sales register, in number order
CREATE INDEX invoice_tax_documents ON invoice (issue_date, type) WHERE type IN ('VAT_INVOICE', 'CREDIT_NOTE');

-- The PDF of each document as it was first made: every download and every e-mail is these bytes.
CREATE TABLE invoice_pdf
(
  invoice_id UUID PRIMARY KEY REFERENCES invoice (id),
  pdf        BYTEA NOT NULL,
  made_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
