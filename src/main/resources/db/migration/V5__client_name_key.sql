-- A client's name as people write it in a hurry: no case, accents, quotes, punctuation, spaces,
-- or legal form before or after (UAB „Bandymas“ = Bandymas, UAB = bandymas). The request intake
-- matches a typed company name against this key with one indexed lookup.
CREATE FUNCTION pagalba_name_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
SELECT replace(
         regexp_replace(
           regexp_replace(
             btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, name)), '[^a-z0-9]+', ' ', 'g')),
             '^(uab|ab|mb|vsi|ii|zub|kb) ', ''),
           ' (uab|ab|mb|vsi|ii|zub|kb)$', ''),
         ' ', '')
$$;

ALTER TABLE client ADD COLUMN name_key text GENERATED ALWAYS AS (pagalba_name_key(name)) STORED;
CREATE INDEX client_by_name_key ON client (name_key);

-- the same normalisation, accent-free and lower case, for searching request texts
CREATE FUNCTION pagalba_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1))
$$;
