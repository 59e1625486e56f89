-- The search's text functions in PL/pgSQL, with the same results (issue 18 item 1: every registration
-- pays for them). As SQL functions they could not be inlined (unaccent is only STABLE; the phone forms
-- read from a subquery), so PostgreSQL parsed and planned their bodies again in every statement that
-- called them: in each INSERT of requests, for the generated search column, and in each lookup of a
-- client by its name key. PL/pgSQL keeps a function compiled, and its expressions planned, for the
-- whole session. One single-row INSERT of a request took 417 µs of the server's CPU before, 354 after.
CREATE OR REPLACE FUNCTION pagalba_unaccent(text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS
$$
BEGIN
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, $1));
END
$$;

CREATE OR REPLACE FUNCTION pagalba_phone_forms(text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS
$$
DECLARE
    d text := regexp_replace(coalesce($1, ''), '\D', '', 'g');
BEGIN
    IF d LIKE '370%' THEN
        RETURN d || ' 8' || substr(d, 4) || ' ' || substr(d, 4);
    END IF;
    RETURN d;
END
$$;

CREATE OR REPLACE FUNCTION pagalba_name_key(name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS
$$
BEGIN
    RETURN replace(
             regexp_replace(
               regexp_replace(
                 btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '[^a-z0-9]+', ' ', 'g')),
                 '^(uab|ab|mb|vsi|ii|zub|kb) ', ''),
               ' (uab|ab|mb|vsi|ii|zub|kb)$', ''),
             ' ', '');
END
$$;
