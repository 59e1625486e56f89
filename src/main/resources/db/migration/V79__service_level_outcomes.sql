-- Each request's service-level outcome, kept so that the report of a year need not reckon a hundred
-- thousand clocks again on every reading (issue 17: every report under 1 s at 200,000 requests;
-- bench/RESULTS.md, "The reports at scale"). The service-level module writes a row when a report (or
-- its job) finds it missing or out of date; the triggers below only say that it is out of date, so a
-- registration, a status change or a contract change costs one small write and no reckoning.
--
-- A row is up to date when nothing its outcome depends on changed since it was reckoned:
--   * the request's own clock: its statuses, first contact, urgency, receipt, client and lead (stamp,
--     bumped by the triggers on the request module's tables, against reckoned_stamp);
--   * the working calendar (service_level_epoch, bumped by any change of working_hours or calendar_day);
--   * the promise of the client's contracts (service_level_client_epoch, bumped by any change of the
--     client's contracts).
-- The writer reads a request's clock and the stamps in one statement and stores the stamps it read, so
-- a change committed while it reckons leaves the row out of date rather than wrong.
--
-- An outcome still open depends on the time of reading only through its deadline: done targets keep
-- their working minutes and whether they were kept; one not yet done keeps its deadline, reckoned
-- without the wait going on now (waiting_since), since a wait that began before the deadline moves it
-- past any now, and one that began after it does not move it.
CREATE TABLE service_level_outcome
(
    request_id            UUID PRIMARY KEY REFERENCES support_request (id) ON DELETE CASCADE,
    stamp                 BIGINT NOT NULL DEFAULT 0,
    reckoned_stamp        BIGINT,
    reckoned_epoch        BIGINT,
    reckoned_client_epoch BIGINT,
    received_at           TIMESTAMP WITH TIME ZONE,
    client_id             UUID,
    lead                  VARCHAR(40),
    waiting_since         TIMESTAMP WITH TIME ZONE,
    first_contact_minutes BIGINT,
    first_contact_kept    BOOLEAN,
    first_contact_due     TIMESTAMP WITH TIME ZONE,
    resolution_minutes    BIGINT,
    resolution_kept       BOOLEAN,
    resolution_due        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX service_level_outcome_by_received ON service_level_outcome (received_at);

CREATE TABLE service_level_epoch
(
    one   BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
    epoch BIGINT NOT NULL
);
INSERT INTO service_level_epoch (epoch) VALUES (1);

CREATE TABLE service_level_client_epoch
(
    client_id UUID PRIMARY KEY,
    epoch     BIGINT NOT NULL
);

-- A request's clock changed: its row (a bare one if it has none yet, so that a writer that read it before
-- this change cannot store what it read as up to date).
CREATE FUNCTION pagalba_service_level_stamp(changed UUID) RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO service_level_outcome (request_id, stamp) VALUES (changed, 1)
ON CONFLICT (request_id) DO UPDATE SET stamp = service_level_outcome.stamp + 1
$$;

CREATE FUNCTION pagalba_service_level_request_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pagalba_service_level_stamp(NEW.id);
    RETURN NULL;
END
$$;

-- the same for a row of a table with a request_id (its events, its assignments)
CREATE FUNCTION pagalba_service_level_part_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM pagalba_service_level_stamp(OLD.request_id);
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM pagalba_service_level_stamp(NEW.request_id);
    ELSIF TG_OP = 'UPDATE' THEN
        IF NEW.request_id IS DISTINCT FROM OLD.request_id THEN
            PERFORM pagalba_service_level_stamp(NEW.request_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER service_level_request_changed
    AFTER UPDATE OF status, first_contact_at, urgent, received_at, client_id ON support_request
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.first_contact_at IS DISTINCT FROM NEW.first_contact_at
        OR OLD.urgent IS DISTINCT FROM NEW.urgent OR OLD.received_at IS DISTINCT FROM NEW.received_at
        OR OLD.client_id IS DISTINCT FROM NEW.client_id)
    EXECUTE FUNCTION pagalba_service_level_request_changed();

-- a registration's own event is not a change: a new request has no row to be out of date
CREATE TRIGGER service_level_status_changed
    AFTER INSERT ON request_event
    FOR EACH ROW WHEN (NEW.kind = 'STATUS_CHANGED')
    EXECUTE FUNCTION pagalba_service_level_part_changed();

CREATE TRIGGER service_level_event_rewritten
    AFTER UPDATE OR DELETE ON request_event
    FOR EACH ROW EXECUTE FUNCTION pagalba_service_level_part_changed();

CREATE TRIGGER service_level_lead_changed
    AFTER INSERT OR UPDATE OR DELETE ON request_assignment
    FOR EACH ROW EXECUTE FUNCTION pagalba_service_level_part_changed();

-- The working calendar changed: every outcome is reckoned again.
CREATE FUNCTION pagalba_service_level_calendar_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE service_level_epoch SET epoch = epoch + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER service_level_hours_changed
    AFTER INSERT OR UPDATE OR DELETE ON working_hours
    FOR EACH STATEMENT EXECUTE FUNCTION pagalba_service_level_calendar_changed();

CREATE TRIGGER service_level_days_changed
    AFTER INSERT OR UPDATE OR DELETE ON calendar_day
    FOR EACH STATEMENT EXECUTE FUNCTION pagalba_service_level_calendar_changed();

-- A client's contract changed (its days, or the service it promises): the client's outcomes are
-- reckoned again.
CREATE FUNCTION pagalba_service_level_client_changed(changed UUID) RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO service_level_client_epoch (client_id, epoch) VALUES (changed, 1)
ON CONFLICT (client_id) DO UPDATE SET epoch = service_level_client_epoch.epoch + 1
$$;

CREATE FUNCTION pagalba_service_level_contract_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM pagalba_service_level_client_changed(OLD.client_id);
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM pagalba_service_level_client_changed(NEW.client_id);
    ELSIF TG_OP = 'UPDATE' THEN
        IF NEW.client_id IS DISTINCT FROM OLD.client_id THEN
            PERFORM pagalba_service_level_client_changed(NEW.client_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER service_level_contract_changed
    AFTER INSERT OR DELETE OR UPDATE OF client_id, valid_from, valid_to, first_contact_minutes, resolution_minutes ON contract
    FOR EACH ROW EXECUTE FUNCTION pagalba_service_level_contract_changed();
