-- Finding the stored service-level outcomes that are out of date (V79) without reading every one of the
-- period: those whose request changed (few, by this partial index), those reckoned on an older calendar
-- (epochs only grow: a range of this index) and those reckoned under an older epoch of their client's
-- contracts (one range of the last index per client whose contracts ever changed).
CREATE INDEX service_level_outcome_changed ON service_level_outcome (received_at)
    WHERE reckoned_stamp IS NULL OR reckoned_stamp <> stamp;
CREATE INDEX service_level_outcome_by_epoch ON service_level_outcome (reckoned_epoch);
CREATE INDEX service_level_outcome_by_client_epoch ON service_level_outcome (client_id, reckoned_client_epoch);
