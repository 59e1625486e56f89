-- The reports of all clients (issue 17: hours by client, consultant and category) read a period's
-- entries by their work date, and no index had the work date first: a month of the scale data's two
-- million entries was a scan of the whole table. This index holds what the hours report reads of an
-- uncorrected, not deleted entry, so a month or a year is read from it alone.
CREATE INDEX work_entry_entries_by_date ON work_entry (work_date) INCLUDE (id, client_id, category, minutes, consultant)
    WHERE corrects IS NULL AND deleted_at IS NULL;
