-- What the journal (and reports after it) may read of requests and clients without knowing their
-- tables: views owned by the request and client modules (see their package-info), created here
-- because the journal is the first to need them.
CREATE VIEW request_reference AS
SELECT id, number, client_id
FROM support_request;

-- A client's name and how its time is billed without a contract (B1, R14).
CREATE VIEW client_terms AS
SELECT id, name, billing_period, increment_minutes, minimum_minutes
FROM client;
