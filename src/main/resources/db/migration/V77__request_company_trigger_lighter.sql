-- The company copy of V47 (issue 18 item 1: every registration pays for it): the typed company is a
-- column now (V56), so the trigger reads it as one instead of turning the whole old and new rows into
-- JSON, and it fires only when a statement sets the client or the typed company, not on every status
-- change, assignment or first contact of a request.
CREATE OR REPLACE FUNCTION pagalba_request_company() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.client_id IS DISTINCT FROM OLD.client_id
        OR NEW.company_as_typed IS DISTINCT FROM OLD.company_as_typed THEN
        NEW.company_name := CASE WHEN NEW.client_id IS NULL THEN NEW.company_as_typed
                                 ELSE coalesce((SELECT c.name FROM client c WHERE c.id = NEW.client_id), NEW.company_as_typed) END;
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER support_request_company ON support_request;
CREATE TRIGGER support_request_company
    BEFORE INSERT OR UPDATE OF client_id, company_as_typed ON support_request
    FOR EACH ROW EXECUTE FUNCTION pagalba_request_company();
