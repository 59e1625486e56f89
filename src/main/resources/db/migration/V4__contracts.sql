CREATE TABLE contract
(
  id                UUID PRIMARY KEY,
  client_id         UUID        NOT NULL REFERENCES client (id),
  number            VARCHAR(50) NOT NULL,
  valid_from        DATE        NOT NULL,
  valid_to          DATE,
  period            VARCHAR(10) NOT NULL CHECK (period IN ('MONTH', 'QUARTER')),
  increment_minutes INT         NOT NULL,
  minimum_minutes   INT         NOT NULL,
  first_billed_at   TIMESTAMP WITH TIME ZONE,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  -- at most one contract valid on any day per client, even under concurrent writes
  CONSTRAINT contract_no_overlap EXCLUDE USING gist (client_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);
CREATE UNIQUE INDEX contract_number_per_client ON contract (client_id, number);

CREATE TABLE contract_allowance
(
  contract_id         UUID        NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
  category            VARCHAR(20) NOT NULL CHECK (category IN ('CONSULTATION', 'ADDITIONAL_WORK')),
  included_minutes    INT         NOT NULL CHECK (included_minutes >= 0),
  overage_hourly_rate NUMERIC(10, 2) NOT NULL CHECK (overage_hourly_rate >= 0),
  PRIMARY KEY (contract_id, category)
);
