-- A staff member's reply (issue 12) may go to several addresses, with copies to others: the outbox
-- keeps the To addresses separated by commas and the Cc addresses likewise.
ALTER TABLE outbox_message ALTER COLUMN recipient TYPE TEXT;
ALTER TABLE outbox_message ADD COLUMN cc TEXT;
