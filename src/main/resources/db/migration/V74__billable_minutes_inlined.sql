-- Issue 18: pagalba_billable_minutes (V8) was declared STRICT, and PostgreSQL inlines a STRICT SQL
-- function only when its body is strict too; a CASE is not, so every entry of a report or a billing
-- run paid for a call of the SQL function executor (2.7 s of a run's 1.1 million entries). The same
-- rule, not STRICT, answering NULL for a NULL argument as STRICT did: PostgreSQL now inlines it into
-- the calling query. BillableMinutesTests runs every case through it and BillableMinutes.
CREATE OR REPLACE FUNCTION pagalba_billable_minutes(net INT, increment INT, minimum INT) RETURNS INT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT CASE WHEN net IS NULL OR increment IS NULL OR minimum IS NULL THEN NULL
            WHEN net <= 0 THEN 0
            ELSE greatest(((net + increment - 1) / increment) * increment, minimum) END
$$;
