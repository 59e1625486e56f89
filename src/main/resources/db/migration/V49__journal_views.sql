-- A person's saved views of the journal: a name and the journal's query (its URL's parameters), so
-- a view opens exactly as it was saved. Ready-made views ("my open", …) are not stored.
CREATE TABLE journal_view
(
  id         UUID PRIMARY KEY,
  staff      VARCHAR(40)  NOT NULL REFERENCES staff_member (username) ON DELETE CASCADE,
  name       VARCHAR(80)  NOT NULL,
  query      VARCHAR(2000) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  UNIQUE (staff, name)
);
