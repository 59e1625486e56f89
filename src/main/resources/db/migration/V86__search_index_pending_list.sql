-- The journal search's GIN index takes new requests into its pending list first and merges the list
-- into the index when it outgrows gin_pending_list_limit (4 MB by default). The insert that crosses the
-- limit does the whole merge: under the registration load one INSERT of requests in eight seconds took
-- 110-130 ms instead of 1, and every registration queued behind it waited as long (the p99). With
-- 512 kB the merge comes eight times as often and takes a twelfth as long (at most 25 ms in the same
-- run; bench/RESULTS.md), for the same work in all. A search also reads the pending list whole, so a
-- shorter one serves the journal's searches too.
ALTER INDEX support_request_search SET (gin_pending_list_limit = 512);
