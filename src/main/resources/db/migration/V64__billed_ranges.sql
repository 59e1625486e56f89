-- Issue 18: a billing run records what it billed as ranges instead of locking each entry row. A month's
-- run used to update a million rows (5 to 8 times one GROUP BY of them); now it writes a row per invoice
-- line. An entry is billed when a range covers it: same client and category, its billing date (its own
-- work date; a correction's is the work date of the entry it corrects) inside the range's days, and its
-- sequence number inside the range's (seq_from, seq_to]. Every write of an entry takes a new sequence
-- number, so an entry written or changed after a run is never inside that run's ranges (B5: the next
-- run bills it as the difference). Ranges never overlap: the journal cuts a new one around the old.
CREATE SEQUENCE work_entry_seq;
ALTER TABLE work_entry ADD COLUMN seq BIGINT;

-- Entries locked before this become ranges too: numbered so that the entries locked under one
-- reference (of one client and category) are consecutive, each such group is exactly one range.
UPDATE work_entry e SET seq = n.seq
FROM (SELECT id, row_number() OVER (ORDER BY client_id, category, lock_ref NULLS LAST, work_date, id) AS seq
      FROM work_entry) n
WHERE n.id = e.id;
SELECT setval('work_entry_seq', coalesce(max(seq), 0) + 1, false) FROM work_entry;
ALTER TABLE work_entry ALTER COLUMN seq SET DEFAULT nextval('work_entry_seq'), ALTER COLUMN seq SET NOT NULL;
ALTER SEQUENCE work_entry_seq OWNED BY work_entry.seq;

CREATE TABLE billed_range
(
  id          BIGSERIAL PRIMARY KEY,
  client_id   UUID         NOT NULL REFERENCES client (id),
  category    VARCHAR(20)  NOT NULL,
  period_from DATE         NOT NULL,
  period_to   DATE         NOT NULL,
  seq_from    BIGINT       NOT NULL,
  seq_to      BIGINT       NOT NULL,
  -- billing's reference (an invoice line); the journal does not know what it means
  lock_ref    VARCHAR(100) NOT NULL,
  billed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK (period_from <= period_to AND seq_from < seq_to)
);
CREATE INDEX billed_range_by_client ON billed_range (client_id, category, period_from)
  INCLUDE (period_to, seq_from, seq_to);
CREATE INDEX billed_range_by_ref ON billed_range (client_id, lock_ref);

INSERT INTO billed_range (client_id, category, period_from, period_to, seq_from, seq_to, lock_ref, billed_at)
SELECT e.client_id, e.category, min(coalesce(o.work_date, e.work_date)), max(coalesce(o.work_date, e.work_date)),
       min(e.seq) - 1, max(e.seq), e.lock_ref, min(e.locked_at)
FROM work_entry e LEFT JOIN work_entry o ON o.id = e.corrects
WHERE e.lock_ref IS NOT NULL
GROUP BY e.client_id, e.category, e.lock_ref;

-- The months in which a client may have work not yet billed, so that a run need not look for
-- uncovered entries among all there ever were. Kept by the triggers below for every way entries are
-- written (the journal, imports, restores); a run removes the months it billed whole, a cancelled
-- invoice puts its months back. A month here with nothing left to bill costs a run nothing but a look.
CREATE TABLE unbilled_month
(
  client_id UUID NOT NULL REFERENCES client (id),
  month     DATE NOT NULL,
  PRIMARY KEY (client_id, month)
);
INSERT INTO unbilled_month (client_id, month)
SELECT DISTINCT e.client_id, CAST(date_trunc('month', coalesce(o.work_date, e.work_date)) AS date)
FROM work_entry e LEFT JOIN work_entry o ON o.id = e.corrects
WHERE e.locked_at IS NULL AND e.deleted_at IS NULL;

CREATE FUNCTION work_entry_unbilled_months() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO unbilled_month (client_id, month)
  SELECT DISTINCT n.client_id, CAST(date_trunc('month', coalesce(o.work_date, n.work_date)) AS date)
  FROM written n LEFT JOIN work_entry o ON o.id = n.corrects
  WHERE n.deleted_at IS NULL
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER work_entry_inserted AFTER INSERT ON work_entry REFERENCING NEW TABLE AS written
  FOR EACH STATEMENT EXECUTE FUNCTION work_entry_unbilled_months();
CREATE TRIGGER work_entry_updated AFTER UPDATE ON work_entry REFERENCING NEW TABLE AS written
  FOR EACH STATEMENT EXECUTE FUNCTION work_entry_unbilled_months();

ALTER TABLE work_entry DROP COLUMN locked_at, DROP COLUMN lock_ref;
-- V17 left half of each page free for the lock's update of every billed row; nothing updates them in bulk now
ALTER TABLE work_entry RESET (fillfactor);
