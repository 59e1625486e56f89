#!/usr/bin/env bash
# Tax files benchmark (issue 14): a month with 10,000 VAT invoices (10,000 clients with complete buyer
# details, half of them VAT payers, three work entries each in the month before) issued by the app
# itself — the month's billing run, then the VAT invoices of the 10th for every unpaid proforma —
# then the month's i.SAF file and sales register (CSV and XLSX) over HTTP, each beside its ceiling:
# the bare SQL that reads the same documents (TaxDocuments.issuedIn) run by psql on the same server.
# Self-contained (starts the built jar on a fresh embedded database). Needs curl, psql and bc; run
# `./mvnw -DskipTests package` first.
# Usage: bench/run-tax.sh [clients]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-10000}
jar=$(ls target/pagalba-*.jar | head -1)
data=$(mktemp -d /tmp/pagalba-bench.XXXXXX)
password=bench-admin-password
port=${PORT:-$(( 20000 + RANDOM % 30000 ))}
base=http://127.0.0.1:$port
PAGALBA_DATA_DIR=$data PAGALBA_ADMIN_PASSWORD=$password SERVER_PORT=$port java ${JAVA_OPTS:--Xmx2g} -jar "$jar" \
  --logging.level.root=WARN --logging.level.lt.pagalba.billing=INFO > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 240); do curl -sf "$base/actuator/health" > /dev/null && break; sleep 0.5; done
pgport=$(sed -n 4p "$data/postgres/postmaster.pid")
sql() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -qAtX -v ON_ERROR_STOP=1 -c "$1"; }
now() { date +%s.%N; }
secs() { echo "scale=2; ($2 - $1) / 1" | bc; }

curl -sf -u "admin:$password" -H 'Content-Type: application/json' -d "{\"username\":\"buhalteris\",
  \"firstName\":\"Bu\",\"lastName\":\"Halteris\",\"email\":\"b@stekas.lt\",\"roles\":[\"ACCOUNTANT\"],
  \"password\":\"$password\"}" "$base/api/v1/staff" > /dev/null
as_accountant() { curl -sf -m 3600 -u "buhalteris:$password" "$@"; }

issued=$(date +%Y-%m)
billed=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
t0=$(now)
# codes with their check digits from the database's own rule (pagalba_mod11_valid, V36)
sql "
CREATE TEMP TABLE n AS SELECT i, '3' || lpad(i::text, 7, '0') AS code8, lpad(i::text, 7, '0') || '1' AS vat8
FROM generate_series(1, $clients) AS i;
INSERT INTO client (id, name, company_code, vat_code, address, street, city, postcode, country, billing_period, hourly_rate,
                    additional_work_rate, increment_minutes, minimum_minutes, language, payment_term_days, email)
SELECT gen_random_uuid(), 'UAB Klientas ' || i,
       (SELECT code8 || d FROM generate_series(0, 9) d WHERE pagalba_mod11_valid(code8 || d) LIMIT 1),
       CASE WHEN i % 2 = 0 THEN 'LT' || (SELECT vat8 || d FROM generate_series(0, 9) d WHERE pagalba_mod11_valid(vat8 || d) LIMIT 1) END,
       'Gedimino pr. ' || i || ', LT-01103 Vilnius', 'Gedimino pr. ' || i, 'Vilnius', 'LT-01103', 'LT', 'MONTH', 45, 55, 1, 0,
       'lt', 14, NULL
FROM n;
INSERT INTO support_request (id, number, received_at, channel, client_id, summary, status, registered_by)
SELECT gen_random_uuid(), '2026-' || lpad(row_number() OVER ()::text, 6, '0'), DATE '$billed-01' + TIME '08:00', 'PHONE', c.id,
       'Klausimas', 'IN_PROGRESS', 'admin'
FROM client c;
INSERT INTO request_number (year, last) VALUES (2026, $clients + 1) ON CONFLICT (year) DO UPDATE SET last = excluded.last;
INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, created_at, created_by)
SELECT gen_random_uuid(), r.id, r.client_id, 'admin', DATE '$billed-01' + e * 5, 7 + e * 31, 'REMOTE',
       CASE WHEN e = 2 THEN 'ADDITIONAL_WORK' ELSE 'CONSULTATION' END, 'Darbas', now(), 'admin'
FROM support_request r CROSS JOIN generate_series(0, 2) AS e;
ANALYZE;"
t1=$(now)
echo "clients $(sql 'SELECT count(*) FROM client'), entries $(sql 'SELECT count(*) FROM work_entry'); loaded in $(secs "$t0" "$t1") s"

as_accountant -H 'Content-Type: application/json' -d "{\"period\":\"$billed\"}" "$base/api/v1/billing-runs" > /dev/null
t2=$(now)
run=$(as_accountant -H 'Content-Type: application/json' -d "{\"period\":\"$billed\"}" "$base/api/v1/billing-runs/vat-invoice-runs")
t3=$(now)
echo "billing run $billed in $(secs "$t1" "$t2") s; VAT invoices of the 10th: $run in $(secs "$t2" "$t3") s"
documents=$(sql "SELECT count(*) FROM invoice WHERE type IN ('VAT_INVOICE', 'CREDIT_NOTE') AND issue_date >= DATE '$issued-01'")
echo "tax documents issued in $issued: $documents"

# the ceiling: the bare read of the month's documents, every column the files are written from
bare="SELECT i.id, i.number, i.type, i.issue_date, i.supply_date, i.client_id, i.buyer::text, i.vat_category, i.net, i.vat,
  i.gross, c.number, c.issue_date, i.vat_breakdown::text FROM invoice i LEFT JOIN invoice c ON c.id = i.corrects
  WHERE i.issue_date BETWEEN DATE '$issued-01' AND (DATE '$issued-01' + INTERVAL '1 month - 1 day')::date
  AND i.type IN ('VAT_INVOICE', 'CREDIT_NOTE') ORDER BY i.type DESC, i.number"
sql "$bare" > /dev/null   # warm-up, as the HTTP reads below get one each
for what in "isaf|/api/v1/tax/isaf?period=$issued|application/xml" \
            "register-csv|/api/v1/tax/sales-register?period=$issued|text/csv" \
            "register-xlsx|/api/v1/tax/sales-register?period=$issued|*/*"; do
  IFS='|' read -r name path accept <<< "$what"
  as_accountant -o /dev/null -H "Accept: $accept" "$base$path"      # warm-up
  best=999; ceiling=999
  for _ in 1 2 3; do
    s=$(now); as_accountant -o "$data/$name" -H "Accept: $accept" "$base$path"; e=$(now)
    best=$(echo "if ($e - $s < $best) $e - $s else $best" | bc)
    s=$(now); sql "$bare" > /dev/null; e=$(now)
    ceiling=$(echo "if ($e - $s < $ceiling) $e - $s else $ceiling" | bc)
  done
  echo "$name: $(printf '%.2f' "$best") s for $documents documents ($(stat -c %s "$data/$name") bytes); ceiling (bare SQL via psql)" \
    "$(printf '%.2f' "$ceiling") s; ratio $(echo "scale=1; $best / $ceiling" | bc) x"
done
echo "invoices in the i.SAF file: $(grep -o "<Invoice>" "$data/isaf" | wc -l), rows in the CSV: $(( $(wc -l < "$data/register-csv") - 1 ))"
