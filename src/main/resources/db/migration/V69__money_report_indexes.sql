-- Issue 17: the money reports read the documents of a period, not every document there is.

-- Revenue by supply month: a period's proformas and credit notes, with what the report sums, so that
-- a year of 10,000 clients is read from the index alone.
CREATE INDEX invoice_by_supply_date ON invoice (supply_date)
  INCLUDE (client_id, type, status, credit_origin, contract_number, net, vat, gross)
  WHERE type IN ('PROFORMA', 'CREDIT_NOTE');

-- Unpaid on a day: the proformas still to be paid, and those paid after that day (by their day of payment).
CREATE INDEX invoice_unpaid ON invoice (issue_date) WHERE type = 'PROFORMA' AND status IN ('ISSUED', 'SENT');
CREATE INDEX invoice_paid_on ON invoice (paid_on) WHERE type = 'PROFORMA' AND status = 'PAID';
