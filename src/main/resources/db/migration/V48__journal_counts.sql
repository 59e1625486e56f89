-- The journal answers with the exact number of matches (API.md: a list's "total"), and counting the
-- wide filters read the whole table (status=CLOSED keeps 82 % of the requests, channel=WEB had no
-- index at all): with these the count is an index-only scan of the filter's own entries.
CREATE INDEX support_request_by_status ON support_request (status);
CREATE INDEX support_request_by_channel ON support_request (channel);
