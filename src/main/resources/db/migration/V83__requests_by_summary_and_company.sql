-- The journal sorted by summary or by company (issue 18: the journal at 200,000 requests answers under
-- 50 ms): sorted by summary the whole journal's first page read and sorted every request (a sequential
-- scan and a top-N sort, 170 ms on a quiet machine). These indexes hold the journal's whole order for
-- each direction (RequestConditions.orderBy: the column with NULLS LAST, then the newest first and the
-- number), so the first page is its first 50 entries. Both directions need their own index: NULLS LAST
-- either way is not one index read backwards. A registration writes four index entries more (a few
-- microseconds of PostgreSQL's time against a registration's milliseconds).
CREATE INDEX support_request_by_summary ON support_request (summary NULLS LAST, received_at DESC, number DESC);
CREATE INDEX support_request_by_summary_desc ON support_request (summary DESC NULLS LAST, received_at DESC, number DESC);
CREATE INDEX support_request_by_company ON support_request (company_name NULLS LAST, received_at DESC, number DESC);
CREATE INDEX support_request_by_company_desc ON support_request (company_name DESC NULLS LAST, received_at DESC, number DESC);
