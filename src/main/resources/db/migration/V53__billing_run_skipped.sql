-- Issue 13 item 14: the accountant's home shows the last billing run and the clients it skipped (no rate
-- for time they have to pay for); until now only the run's answer named them.
CREATE TABLE billing_run_skipped
(
  period    VARCHAR(7) NOT NULL REFERENCES billing_run (period),
  client_id UUID       NOT NULL REFERENCES client (id),
  PRIMARY KEY (period, client_id)
);
