-- A run asks, per client and period, what live proformas already billed (B5). Reached through the
-- client's invoices, that reads a handful of lines; through an index on the period it read every
-- line of that period of every client. Without this index the planner takes the short way.
DROP INDEX invoice_line_by_period;
CREATE INDEX invoice_by_client_type ON invoice (client_id, type) WHERE status <> 'CANCELLED';
