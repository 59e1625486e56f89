-- Issue 13 item 6: a duplicate merged into another request is closed and points to the survivor, so
-- its number stays findable and leads there. A survivor is never itself merged (checked when merging).
ALTER TABLE support_request ADD COLUMN merged_into UUID REFERENCES support_request (id);
CREATE INDEX support_request_merged_into ON support_request (merged_into) WHERE merged_into IS NOT NULL;
