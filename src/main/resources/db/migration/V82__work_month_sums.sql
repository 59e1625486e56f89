-- Issues 17 and 18: the contract-hours report, the client page's usage chart and the request page's
-- usage warning re-read every entry of their periods and rounded each under the contract of its day
-- (a year of all clients: two million entries). They only ever sum whole months, so the journal keeps
-- the sums per client, month (of the work date) and category, as UsageQuery.SQL and MonthlyHours
-- reckon them: an entry counts with its corrections (B5), a deleted one not at all, and the net minutes
-- are rounded under the contract valid on the entry's work date or the client's own settings (B1).
-- entries is the number of entries counted (a month with entries netting to nothing is still worked).
-- Billing runs still read the entries themselves (UsageQuery.OF_A_RUN): a bill stays traceable to them.
--
-- Kept in the writing transaction by the triggers below, whoever writes (the journal, a merge, a moved
-- request, imports): each statement adds the difference it made as rows of work_month_delta (inserted,
-- never updated: two instances writing one client's entries at once lose nothing and wait for nothing),
-- folded into work_month by a job (work_month_fold); readers read both summed (work_month_now). What the
-- rounding depends on changing (a contract's days, increment or minimum; a client's increment or
-- minimum) reckons that client's months again from the entries (work_month_reckon). Restores load the
-- table as it was backed up, with triggers off (DatabaseBackup).
CREATE TABLE work_month
(
  client_id UUID        NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  month     DATE        NOT NULL,
  category  VARCHAR(20) NOT NULL,
  entries   INT         NOT NULL,
  minutes   BIGINT      NOT NULL,
  billable  BIGINT      NOT NULL,
  PRIMARY KEY (client_id, month, category)
);

-- What entry writes add, as rows of their own: a writer only inserts here, so two transactions writing
-- one client's month never wait for each other (an upsert of the month's one row would hold it until
-- commit, and two call logs of one request, each writing an entry and then locking the request, met in a
-- deadlock so). work_month_fold() moves them into work_month; readers read work_month_now, both summed.
CREATE TABLE work_month_delta
(
  client_id UUID        NOT NULL,
  month     DATE        NOT NULL,
  category  VARCHAR(20) NOT NULL,
  entries   INT         NOT NULL,
  minutes   BIGINT      NOT NULL,
  billable  BIGINT      NOT NULL
);
CREATE INDEX work_month_delta_by_month ON work_month_delta (client_id, month);

-- Both, as rows to sum (a reader summing months anyway: joined on the client, each part by its index),
-- and summed per month (work_month_now).
CREATE VIEW work_month_parts AS
SELECT client_id, month, category, entries, minutes, billable FROM work_month
UNION ALL
SELECT client_id, month, category, entries, minutes, billable FROM work_month_delta;

CREATE VIEW work_month_now AS
SELECT client_id, month, category, CAST(sum(entries) AS INT) AS entries, CAST(sum(minutes) AS BIGINT) AS minutes,
       CAST(sum(billable) AS BIGINT) AS billable
FROM work_month_parts
GROUP BY client_id, month, category;

-- The deltas written so far folded into the months' rows, in one short transaction of its own (a job,
-- on one instance at a time); whatever is written meanwhile stays for the next fold.
CREATE FUNCTION work_month_fold() RETURNS INT
    LANGUAGE plpgsql AS
$$
DECLARE
    folded INT;
BEGIN
    WITH moved AS (
      DELETE FROM work_month_delta RETURNING client_id, month, category, entries, minutes, billable
    ), summed AS (
      SELECT client_id, month, category, sum(entries) AS entries, sum(minutes) AS minutes, sum(billable) AS billable
      FROM moved GROUP BY client_id, month, category
    ), upserted AS (
      INSERT INTO work_month AS w (client_id, month, category, entries, minutes, billable)
      SELECT client_id, month, category, entries, minutes, billable FROM summed ORDER BY client_id, month, category
      ON CONFLICT (client_id, month, category) DO UPDATE
          SET entries = w.entries + EXCLUDED.entries, minutes = w.minutes + EXCLUDED.minutes, billable = w.billable + EXCLUDED.billable
      RETURNING 1
    )
    SELECT count(*) INTO folded FROM upserted;
    RETURN folded;
END
$$;

-- A client's months reckoned again from its entries, from the month of from_day to that of to_day (a
-- null: without a bound). It waits for every transaction that has written the client's entries (they
-- hold the shared lock) and keeps new ones waiting until it commits, so no entry is counted under terms
-- other than those it commits with; its statements run after the wait, each on a fresh snapshot (READ
-- COMMITTED, as every writer of entries, contracts and clients runs).
CREATE FUNCTION work_month_reckon(for_client UUID, from_day DATE, to_day DATE) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    first_day DATE := coalesce(CAST(date_trunc('month', from_day) AS date), '-infinity');
    last_day  DATE := coalesce(CAST(date_trunc('month', to_day) + interval '1 month - 1 day' AS date), 'infinity');
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('work_month:' || for_client, 0));
    DELETE FROM work_month_delta WHERE client_id = for_client AND month BETWEEN first_day AND last_day;
    DELETE FROM work_month WHERE client_id = for_client AND month BETWEEN first_day AND last_day;
    -- each entry's corrections through their index: a client's months are some thousands of entries at most
    INSERT INTO work_month (client_id, month, category, entries, minutes, billable)
    WITH n AS (
      SELECT e.work_date, e.category, CAST(e.minutes + coalesce(f.minutes, 0) AS int) AS minutes
      FROM work_entry e
      LEFT JOIN LATERAL (SELECT sum(c.minutes) AS minutes FROM work_entry c WHERE c.corrects = e.id AND c.deleted_at IS NULL) f ON true
      WHERE e.client_id = for_client AND e.work_date BETWEEN first_day AND last_day AND e.corrects IS NULL AND e.deleted_at IS NULL
    )
    SELECT for_client, CAST(date_trunc('month', n.work_date) AS date), n.category, count(*), sum(n.minutes),
           sum(pagalba_billable_minutes(n.minutes, coalesce(k.increment_minutes, cl.increment_minutes),
                                        coalesce(k.minimum_minutes, cl.minimum_minutes)))
    FROM n
    JOIN client_terms cl ON cl.id = for_client
    LEFT JOIN LATERAL contract_valid_on(for_client, n.work_date) k ON true
    GROUP BY 2, 3;
END
$$;

-- All months of many clients reckoned again at once (a statement of thousands of entries, below): one pass
-- over their entries and one over the corrections, hashed, instead of a look-up per client; the same locks.
CREATE FUNCTION work_month_reckon_clients(for_clients UUID[]) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('work_month:' || c.id, 0))
    FROM (SELECT DISTINCT unnest(for_clients) AS id ORDER BY 1) c;
    DELETE FROM work_month_delta WHERE client_id IN (SELECT unnest(for_clients));
    DELETE FROM work_month WHERE client_id IN (SELECT unnest(for_clients));
    INSERT INTO work_month (client_id, month, category, entries, minutes, billable)
    WITH e AS MATERIALIZED (
      SELECT id, client_id, work_date, category, minutes FROM work_entry
      WHERE client_id IN (SELECT unnest(for_clients)) AND corrects IS NULL AND deleted_at IS NULL
    ), fixes AS (
      SELECT c.corrects, sum(c.minutes) AS minutes FROM work_entry c
      WHERE c.corrects IS NOT NULL AND c.deleted_at IS NULL AND c.corrects IN (SELECT id FROM e) GROUP BY c.corrects
    ), n AS (
      SELECT e.client_id, e.work_date, e.category, CAST(e.minutes + coalesce(f.minutes, 0) AS int) AS minutes
      FROM e LEFT JOIN fixes f ON f.corrects = e.id
    )
    SELECT n.client_id, CAST(date_trunc('month', n.work_date) AS date), n.category, count(*), sum(n.minutes),
           sum(pagalba_billable_minutes(n.minutes, coalesce(k.increment_minutes, cl.increment_minutes),
                                        coalesce(k.minimum_minutes, cl.minimum_minutes)))
    FROM n
    JOIN client_terms cl ON cl.id = n.client_id
    LEFT JOIN LATERAL contract_valid_on(n.client_id, n.work_date) k ON true
    GROUP BY 1, 2, 3;
END
$$;

-- What one statement on work_entry changed: the rows before it (before) and after it (after). The sums
-- of the entries it touched (an entry written, changed or deleted, or one whose corrections were) are
-- taken away as they were before the statement and added as they are after it, both rounded under the
-- terms now valid. Rows whose change moves no sum (a merge's new request, a new sequence number) are
-- passed over without a lock or a look. Sets, not arrays, are matched (hash joins): a statement of a
-- thousand rows costs a thousand rows' work.
-- Its statements keep one generic plan each (plan_cache_mode): re-planned for every write, as PostgreSQL
-- chose to, the trigger cost a plain entry write 2 to 4 ms more instead of about 1 (bench/run-entry-write.sh).
CREATE FUNCTION work_month_written(before work_entry[], after work_entry[]) RETURNS void
    LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS
$$
DECLARE
    touched UUID[];
BEGIN
    -- the entry each changed row counts with, before and after the change
    SELECT array_agg(DISTINCT v.id) INTO touched
    FROM unnest(before) o
    FULL JOIN unnest(after) n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (coalesce(o.corrects, o.id)), (coalesce(n.corrects, n.id))) AS v(id)
    WHERE v.id IS NOT NULL
      AND (n.client_id, n.work_date, n.category, n.minutes, n.corrects, n.deleted_at IS NULL)
          IS DISTINCT FROM (o.client_id, o.work_date, o.category, o.minutes, o.corrects, o.deleted_at IS NULL);
    IF touched IS NULL THEN
        RETURN;
    END IF;
    -- shared among writers of entries; a reckoning of the client (above) waits for them, and they for it
    PERFORM pg_advisory_xact_lock_shared(hashtextextended('work_month:' || c.client_id, 0))
    FROM (SELECT client_id FROM unnest(before) UNION SELECT client_id FROM unnest(after)
          UNION SELECT client_id FROM work_entry WHERE id = ANY (touched) ORDER BY 1) c;
    INSERT INTO work_month_delta (client_id, month, category, entries, minutes, billable)
    WITH t AS MATERIALIZED (
      SELECT DISTINCT unnest(touched) AS id
    ), now_rows AS MATERIALIZED (
      SELECT e.* FROM work_entry e WHERE e.id = ANY (touched)
      UNION
      SELECT e.* FROM work_entry e WHERE e.corrects = ANY (touched)
    ), counted AS MATERIALIZED (
      SELECT 1 AS sign, r.* FROM now_rows r
      UNION ALL
      SELECT -1, r.* FROM now_rows r WHERE r.id NOT IN (SELECT a.id FROM unnest(after) a)
      UNION ALL
      SELECT -1, o.* FROM unnest(before) o WHERE coalesce(o.corrects, o.id) IN (SELECT id FROM t)
    ), fixes AS (
      SELECT c.sign, c.corrects, sum(c.minutes) AS minutes FROM counted c
      WHERE c.corrects IS NOT NULL AND c.deleted_at IS NULL GROUP BY c.sign, c.corrects
    ), net AS (
      SELECT e.sign, e.client_id, e.work_date, e.category, CAST(e.minutes + coalesce(f.minutes, 0) AS int) AS minutes
      FROM counted e
      LEFT JOIN fixes f ON f.sign = e.sign AND f.corrects = e.id
      WHERE e.corrects IS NULL AND e.deleted_at IS NULL AND e.id IN (SELECT id FROM t)
    ), delta AS (
      SELECT n.client_id, CAST(date_trunc('month', n.work_date) AS date) AS month, n.category,
             sum(n.sign) AS entries, sum(n.sign * n.minutes) AS minutes,
             sum(n.sign * pagalba_billable_minutes(n.minutes, coalesce(k.increment_minutes, cl.increment_minutes),
                                                   coalesce(k.minimum_minutes, cl.minimum_minutes))) AS billable
      FROM net n
      JOIN client_terms cl ON cl.id = n.client_id
      LEFT JOIN LATERAL contract_valid_on(n.client_id, n.work_date) k ON true
      GROUP BY 1, 2, 3
    )
    SELECT client_id, month, category, entries, minutes, billable FROM delta
    WHERE entries <> 0 OR minutes <> 0 OR billable <> 0;
END
$$;

-- A statement of more rows than this (an import, bench/scale-data.sh's two million) reckons its clients'
-- months from the entries instead: one pass over them rather than the rows carried as arrays.
CREATE FUNCTION work_month_many() RETURNS INT LANGUAGE sql IMMUTABLE AS 'SELECT 1000';

-- PostgreSQL takes transition tables only for a trigger of one event: one trigger each. The clients of a
-- large statement: those of its rows before and after, and of the entries its corrections correct.
CREATE FUNCTION work_month_entries_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM written) > work_month_many() THEN
        PERFORM work_month_reckon_clients(ARRAY(SELECT client_id FROM written
                                                UNION SELECT e.client_id FROM work_entry e WHERE e.id IN (SELECT corrects FROM written)));
    ELSE
        PERFORM work_month_written('{}', (SELECT array_agg(CAST(n AS work_entry)) FROM written n));
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION work_month_entries_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM written) > work_month_many() THEN
        PERFORM work_month_reckon_clients(ARRAY(SELECT client_id FROM written UNION SELECT client_id FROM was
                                                UNION SELECT e.client_id FROM work_entry e
                                                      WHERE e.id IN (SELECT corrects FROM written UNION SELECT corrects FROM was)));
    ELSE
        PERFORM work_month_written((SELECT array_agg(CAST(o AS work_entry)) FROM was o), (SELECT array_agg(CAST(n AS work_entry)) FROM written n));
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION work_month_entries_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM was) > work_month_many() THEN
        PERFORM work_month_reckon_clients(ARRAY(SELECT client_id FROM was
                                                UNION SELECT e.client_id FROM work_entry e WHERE e.id IN (SELECT corrects FROM was)));
    ELSE
        PERFORM work_month_written((SELECT array_agg(CAST(o AS work_entry)) FROM was o), '{}');
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER work_month_inserted AFTER INSERT ON work_entry REFERENCING NEW TABLE AS written
  FOR EACH STATEMENT EXECUTE FUNCTION work_month_entries_inserted();
CREATE TRIGGER work_month_updated AFTER UPDATE ON work_entry REFERENCING OLD TABLE AS was NEW TABLE AS written
  FOR EACH STATEMENT EXECUTE FUNCTION work_month_entries_updated();
CREATE TRIGGER work_month_deleted AFTER DELETE ON work_entry REFERENCING OLD TABLE AS was
  FOR EACH STATEMENT EXECUTE FUNCTION work_month_entries_deleted();

-- A contract created, changed or removed: the days it covered and covers are reckoned again (as
-- months), for its client (both, were it moved to another).
CREATE FUNCTION work_month_contract_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM work_month_reckon(NEW.client_id, NEW.valid_from, NEW.valid_to);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM work_month_reckon(OLD.client_id, OLD.valid_from, OLD.valid_to);
    ELSIF (NEW.client_id, NEW.valid_from, NEW.valid_to, NEW.increment_minutes, NEW.minimum_minutes)
          IS DISTINCT FROM (OLD.client_id, OLD.valid_from, OLD.valid_to, OLD.increment_minutes, OLD.minimum_minutes) THEN
        IF NEW.client_id = OLD.client_id THEN
            PERFORM work_month_reckon(NEW.client_id, least(OLD.valid_from, NEW.valid_from),
                                      CASE WHEN OLD.valid_to IS NULL OR NEW.valid_to IS NULL THEN NULL
                                           ELSE greatest(OLD.valid_to, NEW.valid_to) END);
        ELSE
            PERFORM work_month_reckon(OLD.client_id, OLD.valid_from, OLD.valid_to);
            PERFORM work_month_reckon(NEW.client_id, NEW.valid_from, NEW.valid_to);
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER contract_terms_in_work_months AFTER INSERT OR UPDATE OR DELETE ON contract
  FOR EACH ROW EXECUTE FUNCTION work_month_contract_changed();

-- A client's own increment or minimum (its days without a contract): all its months reckoned again.
CREATE FUNCTION work_month_client_terms_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM work_month_reckon(NEW.id, NULL, NULL);
    RETURN NULL;
END $$;
CREATE TRIGGER client_terms_in_work_months AFTER UPDATE OF increment_minutes, minimum_minutes ON client
  FOR EACH ROW WHEN ((OLD.increment_minutes, OLD.minimum_minutes) IS DISTINCT FROM (NEW.increment_minutes, NEW.minimum_minutes))
  EXECUTE FUNCTION work_month_client_terms_changed();

-- The sums of the entries there are.
INSERT INTO work_month (client_id, month, category, entries, minutes, billable)
WITH fixes AS (
  SELECT c.corrects, sum(c.minutes) AS minutes FROM work_entry c
  WHERE c.corrects IS NOT NULL AND c.deleted_at IS NULL GROUP BY c.corrects
), n AS (
  SELECT e.client_id, e.category, e.work_date, CAST(e.minutes + coalesce(f.minutes, 0) AS int) AS minutes
  FROM work_entry e
  LEFT JOIN fixes f ON f.corrects = e.id
  WHERE e.corrects IS NULL AND e.deleted_at IS NULL
)
SELECT n.client_id, CAST(date_trunc('month', n.work_date) AS date), n.category, count(*), sum(n.minutes),
       sum(pagalba_billable_minutes(n.minutes, coalesce(k.increment_minutes, cl.increment_minutes),
                                    coalesce(k.minimum_minutes, cl.minimum_minutes)))
FROM n
JOIN client_terms cl ON cl.id = n.client_id
LEFT JOIN LATERAL contract_valid_on(n.client_id, n.work_date) k ON true
GROUP BY 1, 2, 3;
