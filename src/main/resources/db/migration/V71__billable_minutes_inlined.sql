-- B1's rounding (V8) as a function PostgreSQL can inline. V8 declared it STRICT over a body that is
-- not (greatest() passes over a null), and PostgreSQL inlines no such function: every call went
-- through the SQL-function executor, about 6 µs each, so the hours report of a year (a million
-- entries, issue 17) spent 12 s rounding. The same answer for every input, a null included (a null
-- argument gives null, as STRICT did); BillableMinutesTests still runs every case through this and
-- lt.pagalba.journal.BillableMinutes.
CREATE OR REPLACE FUNCTION pagalba_billable_minutes(net INT, increment INT, minimum INT) RETURNS INT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT CASE WHEN net IS NULL OR increment IS NULL OR minimum IS NULL THEN NULL
            WHEN net <= 0 THEN 0 ELSE greatest(((net + increment - 1) / increment) * increment, minimum) END
$$;
