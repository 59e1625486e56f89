CREATE TABLE staff_member
(
  username        VARCHAR(40)  PRIMARY KEY,
  first_name      VARCHAR(100) NOT NULL,
  last_name       VARCHAR(100) NOT NULL,
  email           VARCHAR(254) NOT NULL,
  phone           VARCHAR(20),
  password_hash   VARCHAR(255) NOT NULL,
  active          BOOLEAN      NOT NULL DEFAULT TRUE,
  available       BOOLEAN      NOT NULL DEFAULT FALSE,
  failed_logins   INT          NOT NULL DEFAULT 0,
  locked_until    TIMESTAMP WITH TIME ZONE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE staff_role
(
  username VARCHAR(40) NOT NULL REFERENCES staff_member (username),
  role     VARCHAR(20) NOT NULL CHECK (role IN ('ADMINISTRATOR', 'CONSULTANT', 'ACCOUNTANT')),
  PRIMARY KEY (username, role)
);

-- Personal API tokens: only a SHA-256 of the secret is kept; the secret is shown once.
CREATE TABLE api_token
(
  id           UUID PRIMARY KEY,
  username     VARCHAR(40)  NOT NULL REFERENCES staff_member (username),
  name         VARCHAR(100) NOT NULL,
  secret_hash  CHAR(64)     NOT NULL UNIQUE,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at TIMESTAMP WITH TIME ZONE,
  revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_by_owner ON api_token (username);
