-- What other modules may read of requests in their own queries (the journal lists work entries with
-- their request's number): one view the request module owns, so that no module reads its tables.
CREATE VIEW request_reference AS
SELECT id, number, client_id, received_at, status
FROM support_request;
