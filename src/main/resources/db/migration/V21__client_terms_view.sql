-- What the journal (and reports after it) may read of clients without knowing their tables: a view
-- owned by the client module (see its package-info), created here because the journal is the first to
-- need it. (Requests are read through request's own view request_reference, V18.)

-- A client's name and how its time is billed without a contract (B1, R14).
CREATE VIEW client_terms AS
SELECT id, name, billing_period, increment_minutes, minimum_minutes
FROM client;
