-- The client page and the usage read model at scale (issue 18 item 4), for a busy client (3,206
-- requests, 31,742 work entries in the scale data):
--
-- The page counts the client's closed requests; support_request_by_client (V6) found them but the
-- status is only in the table, so the count read a heap page per request (3,010 pages, 100-290 ms).
-- With the status in the index the count is an index-only scan.
CREATE INDEX support_request_by_client_status ON support_request (client_id, status);

-- The usage read model (UsageQuery) and the hours report of one client read a client's entries over a
-- span of dates: uncorrected, not deleted, with their id (to find their corrections), category,
-- minutes and consultant. work_entry_by_client_date (V8) has no id, so every entry was read from the
-- table too (24,000 pages for twelve quarters of the busiest client); this one answers from the index.
CREATE INDEX work_entry_entries_by_client_date ON work_entry (client_id, work_date) INCLUDE (id, category, minutes, consultant)
    WHERE corrects IS NULL AND deleted_at IS NULL;
