-- Spring Modulith's event publication registry: events between modules survive a crash.
CREATE TABLE event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- ShedLock: scheduled jobs run once even when several instances share the database.
CREATE TABLE shedlock
(
  name       VARCHAR(64)  PRIMARY KEY,
  lock_until TIMESTAMP    NOT NULL,
  locked_at  TIMESTAMP    NOT NULL,
  locked_by  VARCHAR(255) NOT NULL
);

-- Extensions used by later migrations: exclusion constraints on date ranges, accent-free search.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- R11: every change to a record is kept, who, when, what, before and after.
CREATE TABLE audit_entry
(
  id          BIGSERIAL PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  actor       VARCHAR(64)  NOT NULL,
  subject     VARCHAR(32)  NOT NULL,
  subject_id  VARCHAR(64)  NOT NULL,
  owner_id    VARCHAR(64),
  action      VARCHAR(32)  NOT NULL,
  before      JSONB,
  after       JSONB
);
CREATE INDEX audit_entry_by_subject ON audit_entry (subject, subject_id, occurred_at);
CREATE INDEX audit_entry_by_owner ON audit_entry (owner_id, occurred_at);
