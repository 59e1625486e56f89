-- Escalations already sent (issue 17), owned by the service-level module: a request's target nearing
-- (80 %) or past is told once, whichever instance's minute job sees it first (the primary key decides).
CREATE TABLE service_escalation
(
  request_id  UUID        NOT NULL,
  target      VARCHAR(13) NOT NULL CHECK (target IN ('FIRST_CONTACT', 'RESOLUTION')),
  level       VARCHAR(4)  NOT NULL CHECK (level IN ('NEAR', 'PAST')),
  escalated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (request_id, target, level)
);
