#!/usr/bin/env bash
# Scale data (issue 18 item 4), written with SQL straight into a database Pagalba has migrated (its
# first administrator must exist): 20 consultants, 4,000 clients (half with contracts), 12,000
# contacts, 200,000 requests over the last 700 days (numbered gaplessly per year, newest ones still
# open), their assignments and timelines, and 2,000,000 work entries (1 % of them corrections), in
# Lithuanian with its letters. Clients get requests unevenly, as in life: the busiest about 3,000.
# About two minutes on two cores. Usage: bench/scale-data.sh 'postgresql://postgres@127.0.0.1:PORT/DB' [requests] [entries]
set -euo pipefail
url=$1
requests=${2:-200000}
entries=${3:-2000000}
psql=$(ls /usr/lib/postgresql/*/bin/psql 2> /dev/null | sort -V | tail -1)
psql=${psql:-psql}
step() {
  local t0=$(date +%s.%N)
  "$psql" "$url" -qAtX -v ON_ERROR_STOP=1 -c "$2" > /dev/null
  printf "  %-58s %6.1f s\n" "$1" "$(echo "$(date +%s.%N) - $t0" | bc)"
}

step "consultants" "
INSERT INTO staff_member (username, first_name, last_name, email, phone, password_hash, available)
SELECT 'konsultantas' || lpad(i::text, 2, '0'), f, l, 'konsultantas' || i || '@stekas.lt', '+3706100' || lpad(i::text, 4, '0'),
       (SELECT password_hash FROM staff_member WHERE username = 'admin'), i % 4 = 0
FROM unnest(ARRAY['Jonas','Rūta','Tomas','Aistė','Mindaugas','Gintarė','Žygimantas','Eglė','Kęstutis','Jūratė',
                  'Darius','Živilė','Vytautas','Ieva','Saulius','Dalia','Andrius','Ugnė','Giedrius','Laura'],
            ARRAY['Petrauskas','Kazlauskienė','Jankauskas','Žukauskaitė','Butkus','Paulauskienė','Vasiliauskas','Baranauskaitė',
                  'Šimkus','Navickienė','Urbonas','Čepulienė','Stankevičius','Mačiulytė','Žemaitis','Grigonienė','Lukošius',
                  'Šukytė','Bieliauskas','Ramanauskienė']) WITH ORDINALITY AS s(f, l, i);
INSERT INTO staff_role (username, role) SELECT username, 'CONSULTANT' FROM staff_member WHERE username LIKE 'konsultantas%';"

step "4,000 clients, 12,000 contacts, 2,000 contracts" "
CREATE TABLE bench_text AS SELECT
  ARRAY['Šiaurės','Žalgirio','Ąžuolo','Vilniaus','Kauno','Nemuno','Baltijos','Gintarinė','Užupio','Šilutės','Žaliosios',
        'Mėlynosios','Pajūrio','Dzūkijos','Aukštaičių','Žemaitijos','Sūduvos','Neries','Vėjo','Saulėtos','Rūtos','Liepų',
        'Beržų','Eglių','Ąžuolyno'] AS adjective,
  ARRAY['prekyba','baldai','statyba','duona','logistika','įranga','kavinė','pienas','spaustuvė','vaistinė','apskaita',
        'technika','žuvininkystė','mėsinė','kelionės','mediena','stiklas','tekstilė','sodyba','auditas'] AS noun,
  ARRAY['',' LT',' ir partneriai',' grupė',' sprendimai',' centras',' servisas',' Baltic'] AS suffix,
  ARRAY['UAB','MB','AB','VšĮ'] AS form,
  ARRAY['Vilnius','Kaunas','Klaipėda','Šiauliai','Panevėžys','Alytus','Marijampolė','Mažeikiai','Jonava','Utena'] AS city,
  ARRAY['Gedimino pr.','Laisvės al.','Žalgirio g.','Ąžuolyno g.','Šilo g.','Liepų g.','Taikos pr.','Savanorių pr.','Žvejų g.',
        'Kęstučio g.'] AS street,
  -- ten women's names, then ten men's: a contact's surname is taken from the same half
  ARRAY['Ona','Rūta','Aistė','Gintarė','Eglė','Jūratė','Dalia','Živilė','Ieva','Laura',
        'Jonas','Tomas','Mindaugas','Vytautas','Žygimantas','Darius','Andrius','Giedrius','Kęstutis','Saulius'] AS first,
  ARRAY['Petrauskienė','Kazlauskaitė','Jankauskienė','Žukauskaitė','Butkienė','Paulauskienė','Vasiliauskaitė','Baranauskienė',
        'Šimkutė','Navickienė','Petrauskas','Kazlauskas','Jankauskas','Žukauskas','Butkus','Paulauskas','Vasiliauskas',
        'Baranauskas','Šimkus','Navickas'] AS last,
  ARRAY['Buhalterė','Vyr. buhalterė','Direktorius','Finansininkė','Apskaitininkė','Administratorė','IT specialistas',
        'Sandėlininkas'] AS position,
  ARRAY['Neatsidaro metinė ataskaita','Nepavyksta pateikti i.SAF rinkmenos','Klaida formuojant PVM deklaraciją',
        'Neteisingai skaičiuojamas darbo užmokestis','Dingsta lietuviškos raidės spausdinant sąskaitą',
        'Negaliu prisijungti prie programos','Reikia įdiegti programą naujame kompiuteryje','Kaip uždaryti mėnesį?',
        'Neatsinaujina valiutų kursai','Klaida importuojant banko išrašą','Sąskaitų faktūrų numeracija prasideda iš naujo',
        'Lėtai veikia sandėlio apskaita','Nepavyksta atspausdinti avansinės apyskaitos','Neteisingi likučiai po inventorizacijos',
        'Reikia papildomos vartotojo licencijos','Atostoginių skaičiavimas nesutampa','Kaip eksportuoti duomenis į Excel?',
        'Klaida siunčiant SAM pranešimą Sodrai','Negeneruojama GPM313 deklaracija','Dingo ilgalaikio turto kortelės',
        'Nustatyti naują PVM tarifą','Kasos knygos ataskaita tuščia','Neužsikrauna klientų sąrašas',
        'Atnaujinimo klaida: duomenų bazė užrakinta','Mokėjimo nurodymų eksportas į banką','Nesutampa pirkėjų skolos',
        'Reikia mokymų naujai buhalterei','Kuro nurašymo skaičiavimas','Automatinės sąskaitos nesiunčiamos el. paštu',
        'Sutrikęs e. sąskaitų gavimas'] AS summary,
  ARRAY['Po atnaujinimo programa rodo klaidą.','Bandėme perkrauti kompiuterį, nepadėjo.','Klaida kartojasi kiekvieną kartą.',
        'Prašome paskambinti po pietų.','Skubu, nes rytoj terminas VMI.','Problema tik viename kompiuteryje.',
        'Pridedu ekrano nuotrauką.','Anksčiau viskas veikė gerai.','Tas pats nutiko ir praėjusį mėnesį.',
        'Ataskaitoje trūksta kelių eilučių.','Sumos skiriasi keliais eurais.','Buhalterė dirba nuotoliniu būdu.',
        'Pranešimas: „Neleistina operacija“.','Duomenis įvedėme rankiniu būdu.','Reikėtų prisijungti nuotoliniu būdu.',
        'Ar galima tai sutvarkyti šiandien?','Klaidos kodas 0x80004005.','Naudojame tinklo versiją su trimis vartotojais.',
        'Spausdintuvas išspausdina tuščią lapą.','Ačiū už pagalbą!'] AS sentence,
  ARRAY['Konsultacija telefonu','Pataisyti ataskaitos nustatymai','Nuotolinis prisijungimas ir diagnostika',
        'Įdiegtas atnaujinimas','Perskaičiuotas darbo užmokestis','Sukonfigūruotas i.SAF eksportas',
        'Paaiškinta, kaip uždaryti mėnesį','Atkurtos sąskaitų numeracijos nuostatos','Importuotas banko išrašas',
        'Apmokyta naudotis sandėlio moduliu','Sutvarkytos PVM klasifikatoriaus reikšmės','Atkurta duomenų bazės kopija',
        'Pakeisti spausdinimo šriftai (ąčęėįšųūž)','Patikrinti likučiai su buhaltere','Parengta GPM313 deklaracija'] AS work;
-- the digits and their modulus-11 check digit, as lt.pagalba.shared.CheckDigits checks a company or VAT code
CREATE FUNCTION bench_check_digit(body text) RETURNS text LANGUAGE sql IMMUTABLE AS
\$\$ SELECT body || CASE WHEN r1 <> 10 THEN r1 WHEN r3 <> 10 THEN r3 ELSE 0 END
   FROM (SELECT sum(substr(body, i, 1)::int * ((i - 1) % 9 + 1)) % 11 AS r1, sum(substr(body, i, 1)::int * ((i + 1) % 9 + 1)) % 11 AS r3
         FROM generate_series(1, length(body)) AS i) s \$\$;
-- the i-th word of a list, round and round
CREATE FUNCTION bench_pick(words text[], i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS
  \$\$ SELECT words[1 + (i % array_length(words, 1))] \$\$;
CREATE TABLE bench_client AS
SELECT n, gen_random_uuid() AS id,
       CASE WHEN n % 10 < 7 THEN 'UAB' ELSE bench_pick(t.form, n) END || ' „' || bench_pick(t.adjective, n) || ' ' || bench_pick(t.noun, n / 25) || bench_pick(t.suffix, n / 500) || '“' AS name
FROM generate_series(0, 3999) AS n CROSS JOIN bench_text t;
INSERT INTO client (id, name, company_code, vat_code, address, email, phone, billing_period, hourly_rate, additional_work_rate,
                    increment_minutes, minimum_minutes, permanent_consultant, language, payment_term_days)
SELECT id, name, bench_check_digit((30000000 + n * 7)::text), 'LT' || bench_check_digit((1000000 + n * 7)::text || '1'),
       bench_pick(t.street, n * 3) || ' ' || (1 + n % 120) || ', ' || bench_pick(t.city, n), 'info@klientas' || n || '.lt',
       '+3705' || lpad((2000000 + n)::text, 7, '0'), CASE WHEN n % 5 = 0 THEN 'QUARTER' ELSE 'MONTH' END, 45, 55,
       CASE WHEN n % 3 = 0 THEN 15 ELSE 1 END, 0,
       CASE WHEN n % 3 = 1 THEN 'konsultantas' || lpad((1 + n % 20)::text, 2, '0') END, CASE WHEN n % 10 = 9 THEN 'en' ELSE 'lt' END, 14
FROM bench_client CROSS JOIN bench_text t;
CREATE TABLE bench_contact AS
SELECT c.n, k, gen_random_uuid() AS id, c.id AS client_id, bench_pick(t.first, c.n * 3 + k) AS first_name,
       bench_pick(t.last, (c.n * 3 + k) % 20 / 10 * 10 + ((c.n * 3 + k) * 7 + c.n / 3) % 10) AS last_name
FROM bench_client c CROSS JOIN generate_series(0, 2) AS k CROSS JOIN bench_text t;
INSERT INTO contact (id, client_id, first_name, last_name, position, phone, email)
SELECT id, client_id, first_name, last_name, bench_pick(t.position, n + k), '+3706' || lpad((1000000 + n * 3 + k)::text, 7, '0'),
       pagalba_unaccent(first_name) || '.' || pagalba_unaccent(last_name) || k || '@klientas' || n || '.lt'
FROM bench_contact CROSS JOIN bench_text t;
INSERT INTO contract (id, client_id, number, valid_from, period, increment_minutes, minimum_minutes)
SELECT gen_random_uuid(), id, 'S-' || (2024 + n % 2) || '-' || lpad(n::text, 4, '0'), DATE '2024-01-01' + n % 365,
       CASE WHEN n % 4 = 0 THEN 'QUARTER' ELSE 'MONTH' END, 15, CASE WHEN n % 6 = 0 THEN 30 ELSE 0 END
FROM bench_client WHERE n % 2 = 0;
INSERT INTO contract_allowance (contract_id, category, included_minutes, overage_hourly_rate)
SELECT k.id, cat, CASE WHEN cat = 'CONSULTATION' THEN 600 ELSE 0 END, CASE WHEN cat = 'CONSULTATION' THEN 40 ELSE 50 END
FROM contract k CROSS JOIN (VALUES ('CONSULTATION'), ('ADDITIONAL_WORK')) AS a(cat);"

step "$requests requests over 700 days" "
SELECT setseed(0.18);
CREATE TABLE bench_request AS
SELECT i, gen_random_uuid() AS id,
       (current_date - 700 + (i - 1) * 700 / $requests)::timestamp AT TIME ZONE 'Europe/Vilnius'
         + make_interval(mins => 480 + (i * 37) % 540) AS received_at,
       floor(4000 * power(random(), 2))::int AS client_n, (i % 3)::int AS contact_k
FROM generate_series(1, $requests) AS i;
INSERT INTO support_request (id, number, received_at, channel, client_id, contact_id, contact_first_name, contact_last_name,
                             contact_position, contact_phone, contact_email, summary, description, urgent, status, registered_by)
SELECT r.id, extract(year FROM r.received_at AT TIME ZONE 'Europe/Vilnius') || '-'
         || lpad((row_number() OVER (PARTITION BY extract(year FROM r.received_at AT TIME ZONE 'Europe/Vilnius') ORDER BY r.i))::text, 6, '0'),
       r.received_at, CASE WHEN r.i % 20 < 10 THEN 'PHONE' WHEN r.i % 20 < 17 THEN 'EMAIL' ELSE 'WEB' END,
       k.client_id, co.id, co.first_name, co.last_name, co.position, co.phone, co.email,
       bench_pick(t.summary, r.i * 7), bench_pick(t.sentence, r.i * 3) || ' ' || bench_pick(t.sentence, r.i * 11 + 5) || ' (' || r.i || ')',
       r.i % 20 = 0,
       CASE WHEN r.received_at < current_date - 30 THEN CASE WHEN r.i % 7 = 0 THEN 'RESOLVED' ELSE 'CLOSED' END
            WHEN r.i % 20 = 1 THEN 'AWAITING_INFORMATION' WHEN r.i % 20 < 5 THEN 'REGISTERED' WHEN r.i % 20 < 9 THEN 'ASSIGNED'
            WHEN r.i % 20 < 17 THEN 'IN_PROGRESS' ELSE 'RESOLVED' END,
       'admin'
FROM bench_request r JOIN bench_contact k ON k.n = r.client_n AND k.k = r.contact_k JOIN contact co ON co.id = k.id CROSS JOIN bench_text t;
INSERT INTO request_number (year, last)
SELECT extract(year FROM received_at AT TIME ZONE 'Europe/Vilnius')::int, count(*) FROM support_request GROUP BY 1
ON CONFLICT (year) DO UPDATE SET last = excluded.last;"

step "assignments and timelines" "
INSERT INTO request_assignment (request_id, consultant, role, assigned_at, assigned_by)
SELECT r.id, 'konsultantas' || lpad((1 + abs(hashtext(r.number)) % 20)::text, 2, '0'), 'LEAD', r.received_at + interval '20 minutes', 'admin'
FROM support_request r WHERE r.status NOT IN ('REGISTERED', 'AWAITING_INFORMATION');
INSERT INTO request_assignment (request_id, consultant, role, assigned_at, assigned_by)
SELECT r.id, 'konsultantas' || lpad((1 + (abs(hashtext(r.number)) + 7) % 20)::text, 2, '0'), 'MEMBER', r.received_at + interval '1 hour', 'admin'
FROM support_request r WHERE r.status NOT IN ('REGISTERED', 'AWAITING_INFORMATION') AND abs(hashtext(r.number)) % 10 = 0;
INSERT INTO request_event (request_id, occurred_at, actor, kind, details)
SELECT r.id, r.received_at + e.after, e.actor, e.kind, e.details
FROM support_request r
JOIN LATERAL (SELECT array_position(ARRAY['AWAITING_INFORMATION','REGISTERED','ASSIGNED','IN_PROGRESS','RESOLVED','CLOSED'], r.status) AS rank) s ON true
LEFT JOIN request_assignment a ON a.request_id = r.id AND a.role = 'LEAD'
CROSS JOIN LATERAL (VALUES
  (1, interval '0', 'admin', 'REGISTERED', jsonb_build_object('channel', r.channel, 'status', CASE WHEN r.status = 'AWAITING_INFORMATION' THEN r.status ELSE 'REGISTERED' END, 'missing', '[]'::jsonb)),
  (3, interval '20 minutes', 'admin', 'ASSIGNED', jsonb_build_object('consultant', a.consultant, 'role', 'LEAD')),
  (3, interval '20 minutes', 'admin', 'STATUS_CHANGED', jsonb_build_object('from', 'REGISTERED', 'to', 'ASSIGNED')),
  (4, interval '2 hours', a.consultant, 'STATUS_CHANGED', jsonb_build_object('from', 'ASSIGNED', 'to', 'IN_PROGRESS')),
  (5, interval '3 days', a.consultant, 'STATUS_CHANGED', jsonb_build_object('from', 'IN_PROGRESS', 'to', 'RESOLVED')),
  (6, interval '10 days', 'admin', 'STATUS_CHANGED', jsonb_build_object('from', 'RESOLVED', 'to', 'CLOSED'))
) AS e(needs, after, actor, kind, details)
WHERE s.rank >= e.needs AND (e.needs < 3 OR a.consultant IS NOT NULL);"

step "$entries work entries (1 % corrections)" "
CREATE TABLE bench_worked AS
SELECT row_number() OVER (ORDER BY r.received_at) - 1 AS k, r.id, r.client_id, r.received_at, a.consultant
FROM support_request r JOIN request_assignment a ON a.request_id = r.id AND a.role = 'LEAD'
WHERE r.status IN ('IN_PROGRESS', 'RESOLVED', 'CLOSED');
CREATE INDEX ON bench_worked (k);
ANALYZE bench_worked;
-- the journal's monthly sums (V82) are reckoned once after the entries, on the table's statistics: its trigger
-- reckons a statement of thousands of rows too, but here before any statistics of the new rows, 5 x slower
DO \$\$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'work_month_inserted') THEN
    ALTER TABLE work_entry DISABLE TRIGGER work_month_inserted;
  END IF;
END \$\$;
SELECT setseed(0.18);
INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, reason, created_at, created_by)
SELECT gen_random_uuid(), w.id, w.client_id, w.consultant,
       least((w.received_at AT TIME ZONE 'Europe/Vilnius')::date + ((e / n.n) % 5)::int, current_date),
       5 + floor(random() * 115)::int, (ARRAY['PHONE','EMAIL','REMOTE','REMOTE','ON_SITE'])[1 + e % 5],
       CASE WHEN e % 6 = 0 THEN 'ADDITIONAL_WORK' ELSE 'CONSULTATION' END, bench_pick(t.work, e * 13 + e / 7),
       CASE WHEN e % 5 = 4 THEN 'Kliento prašymu atvykta į biurą' END, w.received_at + make_interval(days => ((e / n.n) % 5)::int, hours => 2), w.consultant
FROM generate_series(0, $entries - $entries / 100 - 1) AS e
CROSS JOIN (SELECT count(*) AS n FROM bench_worked) n
JOIN bench_worked w ON w.k = e % n.n
CROSS JOIN bench_text t;
INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, reason, corrects, created_at, created_by)
SELECT gen_random_uuid(), request_id, client_id, consultant, work_date, -least(minutes - 1, 15), mode, category,
       'Pataisymas: per daug įrašyta laiko', reason, id, created_at + interval '1 day', consultant
FROM work_entry WHERE minutes > 20 ORDER BY id LIMIT $entries / 100;
ANALYZE work_entry;
DO \$\$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'work_month_inserted') THEN
    ALTER TABLE work_entry ENABLE TRIGGER work_month_inserted;
    PERFORM work_month_reckon_clients(ARRAY(SELECT id FROM client));
  END IF;
END \$\$;"

step "drop the helper tables, VACUUM ANALYZE" "DROP TABLE bench_text, bench_client, bench_contact, bench_request, bench_worked; DROP FUNCTION bench_pick; DROP FUNCTION bench_check_digit;"
step "" "VACUUM ANALYZE"
"$psql" "$url" -qAtX -c "SELECT 'clients ' || (SELECT count(*) FROM client) || ', contacts ' || (SELECT count(*) FROM contact)
  || ', requests ' || (SELECT count(*) FROM support_request) || ', assignments ' || (SELECT count(*) FROM request_assignment)
  || ', timeline events ' || (SELECT count(*) FROM request_event) || ', work entries ' || (SELECT count(*) FROM work_entry)
  || ', database ' || pg_size_pretty(pg_database_size(current_database()))"
