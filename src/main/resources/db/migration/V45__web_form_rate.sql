-- The public form's rate limit, counted in PostgreSQL so that every instance counts the same
-- requests: a token bucket per address (tokens left, when last refilled).
CREATE TABLE web_form_bucket
(
  address     VARCHAR(45) PRIMARY KEY,
  tokens      DOUBLE PRECISION         NOT NULL,
  refilled_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX web_form_bucket_by_age ON web_form_bucket (refilled_at);
