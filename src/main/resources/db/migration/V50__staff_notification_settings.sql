-- Which assignments and alerts a staff member wants e-mailed, and in which language (issue 13 item 9).
-- No row means the defaults (NotificationSettings.DEFAULTS): being made lead, urgent requests and
-- service-level escalations on, being added as a member off, in Lithuanian.
CREATE TABLE staff_notification_settings
(
  username   VARCHAR(40) PRIMARY KEY REFERENCES staff_member (username),
  language   VARCHAR(2)  NOT NULL CHECK (language IN ('lt', 'en')),
  lead       BOOLEAN     NOT NULL,
  member     BOOLEAN     NOT NULL,
  urgent     BOOLEAN     NOT NULL,
  escalation BOOLEAN     NOT NULL
);

-- What the staff module shows other modules' SQL of these choices (the mail module asks before it
-- queues a notice): every staff member with their address and their choices, the defaults filled in
-- where they chose nothing (the same defaults as NotificationSettings.DEFAULTS).
CREATE VIEW staff_notification_terms AS
SELECT m.username, m.email, m.active,
       coalesce(s.language, 'lt') AS language, coalesce(s.lead, TRUE) AS lead, coalesce(s.member, FALSE) AS member,
       coalesce(s.urgent, TRUE) AS urgent, coalesce(s.escalation, TRUE) AS escalation
FROM staff_member m
LEFT JOIN staff_notification_settings s ON s.username = m.username;
