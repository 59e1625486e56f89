CREATE TABLE client
(
  id                    UUID PRIMARY KEY,
  name                  VARCHAR(200) NOT NULL,
  company_code          CHAR(9) UNIQUE,
  vat_code              VARCHAR(14),
  address               VARCHAR(300),
  email                 VARCHAR(254),
  phone                 VARCHAR(20),
  billing_period        VARCHAR(10)  NOT NULL CHECK (billing_period IN ('MONTH', 'QUARTER')),
  hourly_rate           NUMERIC(10, 2),
  additional_work_rate  NUMERIC(10, 2),
  increment_minutes     INT          NOT NULL,
  minimum_minutes       INT          NOT NULL,
  permanent_consultant  VARCHAR(40) REFERENCES staff_member (username),
  language              CHAR(2)      NOT NULL CHECK (language IN ('lt', 'en')),
  payment_term_days     INT          NOT NULL,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
-- name search that ignores case and accents
CREATE INDEX client_by_name ON client (lower(name));

CREATE TABLE contact
(
  id          UUID PRIMARY KEY,
  client_id   UUID         NOT NULL REFERENCES client (id),
  first_name  VARCHAR(100) NOT NULL,
  last_name   VARCHAR(100) NOT NULL,
  position    VARCHAR(100),
  phone       VARCHAR(20),
  email       VARCHAR(254) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX contact_email_per_client ON contact (client_id, lower(email));
