-- R8, R9, B1, B5: the consultation journal. Entries are never changed once they count: mistakes
-- are corrected by correction entries with negative minutes citing the entry they correct.
CREATE TABLE work_entry
(
  id           UUID PRIMARY KEY,
  request_id   UUID         NOT NULL REFERENCES support_request (id),
  -- the request's client, kept on the entry so usage and billing read one table
  client_id    UUID         NOT NULL REFERENCES client (id),
  consultant   VARCHAR(40)  NOT NULL REFERENCES staff_member (username),
  work_date    DATE         NOT NULL,
  minutes      INT          NOT NULL CHECK (minutes BETWEEN -1440 AND 1440 AND minutes <> 0),
  mode         VARCHAR(10)  NOT NULL CHECK (mode IN ('PHONE', 'EMAIL', 'REMOTE', 'ON_SITE')),
  category     VARCHAR(20)  NOT NULL CHECK (category IN ('CONSULTATION', 'ADDITIONAL_WORK')),
  description  VARCHAR(2000) NOT NULL,
  reason       VARCHAR(2000),
  corrects     UUID REFERENCES work_entry (id),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   VARCHAR(64)  NOT NULL,
  deleted_at   TIMESTAMP WITH TIME ZONE,
  deleted_by   VARCHAR(64),
  -- set by billing through the journal's API; the journal does not know what the reference means
  locked_at    TIMESTAMP WITH TIME ZONE,
  lock_ref     VARCHAR(100),
  CHECK ((minutes > 0 AND corrects IS NULL) OR (minutes < 0 AND corrects IS NOT NULL))
);
CREATE INDEX work_entry_by_client_date ON work_entry (client_id, work_date) INCLUDE (minutes, category, corrects)
  WHERE deleted_at IS NULL;
CREATE INDEX work_entry_by_request ON work_entry (request_id, work_date);
CREATE INDEX work_entry_by_consultant_date ON work_entry (consultant, work_date);
CREATE INDEX work_entry_corrections ON work_entry (corrects) WHERE corrects IS NOT NULL;
CREATE INDEX work_entry_by_lock ON work_entry (lock_ref) WHERE lock_ref IS NOT NULL;

-- B1: billable minutes of an entry's net raw minutes: rounded up to the increment, at least the
-- minimum; nothing left is nothing billed. The same rule as lt.pagalba.journal.BillableMinutes,
-- and BillableMinutesTests runs every case through both.
CREATE FUNCTION pagalba_billable_minutes(net INT, increment INT, minimum INT) RETURNS INT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
SELECT CASE WHEN net <= 0 THEN 0 ELSE greatest(((net + increment - 1) / increment) * increment, minimum) END
$$;
