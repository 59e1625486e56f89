-- A request from the public form names its company as the sender typed it. The form never makes or
-- changes a client on the sender's word: unless the sender is a known contact of the client the text
-- matches, the request has no client yet ("client not confirmed"), keeps the text and the client it
-- seemed to mean, and the administrator links it to a client (or makes one from it) on the request page.
ALTER TABLE support_request ADD COLUMN company_as_typed VARCHAR(200);
ALTER TABLE support_request ADD COLUMN suggested_client_id UUID REFERENCES client (id);
CREATE INDEX support_request_client_not_confirmed ON support_request (received_at DESC)
  WHERE client_id IS NULL AND company_as_typed IS NOT NULL;
