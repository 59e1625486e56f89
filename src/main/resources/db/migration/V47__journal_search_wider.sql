-- The journal search (issue 13 item 7, issue 18 item 4) also finds a request by its company (the
-- client's name, or the company as typed while the client is not confirmed), the contact's e-mail and
-- phone in any usual spelling, and its number without the year (000123, 123).
--
-- The company is copied onto the request so that one GIN index serves every word of a search: a
-- generated column may not read another table. Two triggers keep the copy right: one when a request
-- is written with another client (or another typed company), one when a client is renamed.
-- The typed company (company_as_typed) comes with a later migration (V56), so it is read from the
-- row as JSON: the trigger needs no change when the column arrives, and sees null before.
ALTER TABLE support_request ADD COLUMN company_name VARCHAR(200);

CREATE FUNCTION pagalba_request_company() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    typed TEXT := to_jsonb(NEW) ->> 'company_as_typed';
BEGIN
    IF TG_OP = 'INSERT' OR NEW.client_id IS DISTINCT FROM OLD.client_id
        OR typed IS DISTINCT FROM to_jsonb(OLD) ->> 'company_as_typed' THEN
        NEW.company_name := coalesce((SELECT c.name FROM client c WHERE c.id = NEW.client_id), typed);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER support_request_company
    BEFORE INSERT OR UPDATE ON support_request
    FOR EACH ROW EXECUTE FUNCTION pagalba_request_company();

CREATE FUNCTION pagalba_client_renamed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE support_request SET company_name = NEW.name WHERE client_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER client_renamed_in_requests
    AFTER UPDATE OF name ON client
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION pagalba_client_renamed();

UPDATE support_request r
SET company_name = coalesce((SELECT c.name FROM client c WHERE c.id = r.client_id), to_jsonb(r) ->> 'company_as_typed');

-- A phone is stored in E.164 (+37061234567); the search holds its digits and, for a Lithuanian number,
-- the national forms people type (861234567, 61234567).
CREATE FUNCTION pagalba_phone_forms(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT CASE WHEN d LIKE '370%' THEN d || ' 8' || substr(d, 4) || ' ' || substr(d, 4) ELSE d END
FROM (SELECT regexp_replace(coalesce($1, ''), '\D', '', 'g') AS d) digits
$$;

-- 2026-000123 is parsed as '2026' and '-000123'; the number's own part with and without its zeros is added.
CREATE FUNCTION pagalba_number_forms(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
SELECT $1 || ' ' || split_part($1, '-', 2) || ' ' || ltrim(split_part($1, '-', 2), '0')
$$;

-- The e-mail is both one word (ona@pavyzdys.lt) and its parts (ona, pavyzdys, lt), so the address typed
-- whole and a part of it both find it.
ALTER TABLE support_request DROP COLUMN search;
ALTER TABLE support_request ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', pagalba_unaccent(
    pagalba_number_forms(number) || ' ' || coalesce(summary, '') || ' ' || coalesce(description, '') || ' ' ||
    coalesce(contact_first_name, '') || ' ' || coalesce(contact_last_name, '') || ' ' || coalesce(company_name, '') || ' ' ||
    coalesce(contact_email, '') || ' ' || coalesce(translate(contact_email, '@.', '  '), '') || ' ' ||
    pagalba_phone_forms(contact_phone)))) STORED;
CREATE INDEX support_request_search ON support_request USING gin (search);
