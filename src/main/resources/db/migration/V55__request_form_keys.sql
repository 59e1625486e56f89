-- A form's one-time key: written in the same transaction as the request it registered, so a form sent
-- again (a reload, a double click, Back and send) finds that request instead of registering another,
-- whichever instance answers.
CREATE TABLE request_form_key
(
  form_key   UUID PRIMARY KEY,
  request_id UUID NOT NULL REFERENCES support_request (id),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
