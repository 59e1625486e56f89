-- The working calendar of service levels (issue 17). The Lithuanian public holidays are computed, not
-- stored; stored are the working hours of each day of the week and the days an administrator added.

-- One row per day of the week that is worked (ISO numbering: 1 = Monday … 7 = Sunday), Vilnius time.
CREATE TABLE working_hours
(
  day_of_week SMALLINT PRIMARY KEY CHECK (day_of_week BETWEEN 1 AND 7),
  opens       TIME NOT NULL,
  closes      TIME NOT NULL,
  CHECK (opens < closes)
);

INSERT INTO working_hours (day_of_week, opens, closes)
VALUES (1, '08:00', '17:00'), (2, '08:00', '17:00'), (3, '08:00', '17:00'), (4, '08:00', '17:00'), (5, '08:00', '17:00');

-- A day off the law does not give (HOLIDAY), or a day worked although it is a weekend or holiday (WORKING_DAY).
CREATE TABLE calendar_day
(
  day  DATE PRIMARY KEY,
  kind VARCHAR(11) NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKING_DAY'))
);
