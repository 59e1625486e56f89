-- Issue 14: a staff member's position, printed beside their name on every document they issue.
ALTER TABLE staff_member ADD COLUMN position VARCHAR(100);
