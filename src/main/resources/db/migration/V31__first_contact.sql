-- When staff first replied to the client or called them about a request (issue 12): the journal shows
-- and sorts by it, the dashboard lists the assigned requests nobody has contacted yet, oldest first.
ALTER TABLE support_request ADD COLUMN first_contact_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX support_request_not_contacted ON support_request (received_at)
  WHERE first_contact_at IS NULL AND status IN ('ASSIGNED', 'IN_PROGRESS');
