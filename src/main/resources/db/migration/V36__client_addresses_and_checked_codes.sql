-- Issue 14: a client's address in its parts (street, city, postcode, country) beside the one line it
-- was kept in, the client's wish to get the e-invoice XML with its VAT invoices, and company and VAT
-- codes whose check digits are right.
ALTER TABLE client
  ADD COLUMN street           VARCHAR(200),
  ADD COLUMN city             VARCHAR(100),
  ADD COLUMN postcode         VARCHAR(20),
  ADD COLUMN country          CHAR(2)  NOT NULL DEFAULT 'LT' CHECK (country ~ '^[A-Z]{2}$'),
  ADD COLUMN attach_e_invoice BOOLEAN  NOT NULL DEFAULT false,
  -- codes kept before their check digits were checked and found wrong: moved here, not lost, to be
  -- corrected on the client's card
  ADD COLUMN unchecked_codes  VARCHAR(100);

-- The weighted modulus-11 check digit of Lithuanian company and VAT codes (CheckDigits in Java):
-- weights 1, 2, … 9, 1, … over the digits before the last; a remainder of 10 is tried again with
-- weights from 3; a second 10 gives 0.
CREATE FUNCTION pagalba_mod11_valid(digits TEXT) RETURNS BOOLEAN LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  n INT := length(digits) - 1;
  first_sum INT := 0;
  second_sum INT := 0;
  remainder INT;
BEGIN
  FOR i IN 1..n LOOP
    first_sum := first_sum + substr(digits, i, 1)::INT * ((i - 1) % 9 + 1);
    second_sum := second_sum + substr(digits, i, 1)::INT * ((i + 1) % 9 + 1);
  END LOOP;
  remainder := first_sum % 11;
  IF remainder = 10 THEN
    remainder := second_sum % 11;
  END IF;
  IF remainder = 10 THEN
    remainder := 0;
  END IF;
  RETURN remainder = substr(digits, n + 1, 1)::INT;
END $$;

UPDATE client SET vat_code = upper(regexp_replace(vat_code, '[\s.-]', '', 'g')) WHERE vat_code IS NOT NULL;

UPDATE client
SET unchecked_codes = concat_ws(' ', company_code, vat_code),
    company_code = CASE WHEN pagalba_mod11_valid(company_code) THEN company_code END,
    vat_code = CASE WHEN vat_code !~ '^LT' OR vat_code ~ '^LT(\d{7}1\d|\d{10}1\d)$' AND pagalba_mod11_valid(substr(vat_code, 3))
                    THEN vat_code END
WHERE company_code IS NOT NULL AND company_code ~ '^\d{9}$' AND NOT pagalba_mod11_valid(company_code)
   OR vat_code ~ '^LT' AND NOT (vat_code ~ '^LT(\d{7}1\d|\d{10}1\d)$' AND pagalba_mod11_valid(substr(vat_code, 3)));

-- A VAT code belongs to one client, as a company code does. Clients kept before may share one: then
-- the index waits until they are told apart (the application refuses a new duplicate either way).
DO $$
BEGIN
  IF NOT EXISTS (SELECT vat_code FROM client WHERE vat_code IS NOT NULL GROUP BY vat_code HAVING count(*) > 1) THEN
    CREATE UNIQUE INDEX client_vat_code_unique ON client (vat_code) WHERE vat_code IS NOT NULL;
  END IF;
END $$;
