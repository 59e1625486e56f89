-- Wrong passwords counted per address and account (and per address over every account), for a
-- wait that grows with each failure instead of a lockout that anyone could set off for anyone
-- (docs/security.md). The account lock and its counter are gone.
CREATE TABLE login_failure
(
  address         VARCHAR(45) NOT NULL,  -- the caller's IPv4 or IPv6 address, as the server (or its proxy) saw it
  username        VARCHAR(40) NOT NULL,  -- '' holds the address's failures on every account
  failures        INT         NOT NULL,
  last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (address, username)
);
CREATE INDEX login_failure_by_age ON login_failure (last_failure_at);

ALTER TABLE staff_member DROP COLUMN failed_logins, DROP COLUMN locked_until;
