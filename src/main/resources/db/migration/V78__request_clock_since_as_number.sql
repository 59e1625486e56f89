-- The request module's view for the service levels (V65), with each status's start as a number: the
-- microseconds since 1970 (exactly the timestamp's own precision), not ISO text. The service-level
-- report reads a year's hundred thousand requests' spans, and parsing their timestamps as text was a
-- third of its time (bench/RESULTS.md, "The five new reports").
CREATE OR REPLACE VIEW request_clock AS
SELECT r.id, r.number, r.client_id, r.urgent, r.status, r.received_at, r.first_contact_at,
       (SELECT a.consultant FROM request_assignment a WHERE a.request_id = r.id AND a.role = 'LEAD') AS lead,
       (SELECT coalesce(json_agg(json_build_object('status', s.status,
                                                   'since', CAST(extract(epoch FROM s.occurred_at) * 1000000 AS bigint))
                                 ORDER BY s.occurred_at, s.id), '[]')
        FROM (SELECT e.id, e.occurred_at,
                     CASE e.kind WHEN 'REGISTERED' THEN e.details ->> 'status' ELSE e.details ->> 'to' END AS status
              FROM request_event e
              WHERE e.request_id = r.id AND e.kind IN ('REGISTERED', 'STATUS_CHANGED')) s)::text AS status_spans
FROM support_request r;
