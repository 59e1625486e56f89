-- What service levels may read of a request's clock without knowing the request module's tables
-- (issue 17): a view the request module owns. status_spans lists every status the request has been in,
-- oldest first, with when it began ({"status", "since"}), from the timeline's REGISTERED and
-- STATUS_CHANGED entries; the service-level module turns them into pauses (time waiting for the client)
-- and the time it was resolved. One request is read through the timeline's index; a period's requests
-- through support_request_by_received (V6), the open ones through support_request_open (V6).
CREATE VIEW request_clock AS
SELECT r.id, r.number, r.client_id, r.urgent, r.status, r.received_at, r.first_contact_at,
       (SELECT a.consultant FROM request_assignment a WHERE a.request_id = r.id AND a.role = 'LEAD') AS lead,
       (SELECT coalesce(json_agg(json_build_object('status', s.status, 'since', s.occurred_at) ORDER BY s.occurred_at, s.id), '[]')
        FROM (SELECT e.id, e.occurred_at,
                     CASE e.kind WHEN 'REGISTERED' THEN e.details ->> 'status' ELSE e.details ->> 'to' END AS status
              FROM request_event e
              WHERE e.request_id = r.id AND e.kind IN ('REGISTERED', 'STATUS_CHANGED')) s)::text AS status_spans
FROM support_request r;
