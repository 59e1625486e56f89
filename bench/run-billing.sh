#!/usr/bin/env bash
# Billing benchmark (issue 5): 10,000 clients (half with monthly or quarterly contracts), 200,000
# requests and 2,000,000 work entries over a quarter, written with SQL; then the billing run of the
# quarter's last month (computing and issuing every proforma, no PDF) and, separately, the PDF of
# 1,000 invoices. Needs curl and psql; run `./mvnw -DskipTests package` first.
# Usage: bench/run-billing.sh [clients] [entries-per-client]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-10000}
per_client=${2:-200}
PORT=${PORT:-18082} source bench/app.sh
pgport=$(sed -n 4p "$data/postgres/postmaster.pid")
sql() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 -c "$1"; }
token=$(curl -sf -u "admin:$password" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "$base/api/v1/staff/admin/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "{\"username\":\"buhalteris\",
  \"firstName\":\"Bu\",\"lastName\":\"Halteris\",\"email\":\"b@stekas.lt\",\"roles\":[\"ACCOUNTANT\"],
  \"password\":\"$password\"}" "$base/api/v1/staff" > /dev/null

start=$(date +%s.%N)
sql "
INSERT INTO client (id, name, billing_period, hourly_rate, additional_work_rate, increment_minutes, minimum_minutes,
                    language, payment_term_days, email)
SELECT gen_random_uuid(), 'UAB Klientas ' || i, CASE WHEN i % 4 = 0 THEN 'QUARTER' ELSE 'MONTH' END, 45, 55,
       CASE WHEN i % 3 = 0 THEN 15 ELSE 1 END, 0, 'lt', 14, NULL
FROM generate_series(1, $clients) AS i;
CREATE TEMP TABLE c AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM client;
INSERT INTO contract (id, client_id, number, valid_from, period, increment_minutes, minimum_minutes)
SELECT gen_random_uuid(), id, 'S-' || n, DATE '2026-01-01', CASE WHEN n % 4 = 0 THEN 'QUARTER' ELSE 'MONTH' END, 15, 0
FROM c WHERE n % 2 = 0;
INSERT INTO contract_allowance (contract_id, category, included_minutes, overage_hourly_rate)
SELECT k.id, cat, CASE WHEN cat = 'CONSULTATION' THEN 600 ELSE 0 END, CASE WHEN cat = 'CONSULTATION' THEN 40 ELSE 50 END
FROM contract k CROSS JOIN (VALUES ('CONSULTATION'), ('ADDITIONAL_WORK')) AS a(cat);
INSERT INTO support_request (id, number, received_at, channel, client_id, summary, status, registered_by)
SELECT gen_random_uuid(), '2026-' || lpad((c.n * 20 + r)::text, 6, '0'), TIMESTAMPTZ '2026-07-01 08:00+03', 'PHONE', c.id,
       'Klausimas', 'IN_PROGRESS', 'admin'
FROM c CROSS JOIN generate_series(0, 19) AS r;
INSERT INTO request_number (year, last) VALUES (2026, ($clients + 1) * 20) ON CONFLICT (year) DO UPDATE SET last = excluded.last;
INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, created_at, created_by)
SELECT gen_random_uuid(), r.id, r.client_id, 'admin', DATE '2026-07-01' + ((e * 7 + length(r.number)) % 92),
       5 + (e * 13) % 55, 'REMOTE', CASE WHEN e % 5 = 0 THEN 'ADDITIONAL_WORK' ELSE 'CONSULTATION' END, 'Darbas', now(), 'admin'
FROM support_request r CROSS JOIN generate_series(1, $per_client / 20) AS e;
ANALYZE;"
loaded=$(date +%s.%N)
echo "clients $(sql 'SELECT count(*) FROM client'), requests $(sql 'SELECT count(*) FROM support_request'), entries $(sql 'SELECT count(*) FROM work_entry'); loaded in $(echo "$loaded - $start" | bc) s"

# the quarter's last month bills monthly clients for September and quarterly ones for Q3; July and
# August are billed first, as they would have been, so September's run is a month's real work
for month in 2026-07 2026-08; do
  curl -sf -m 3600 -u "buhalteris:$password" -H 'Content-Type: application/json' -d "{\"period\":\"$month\"}" "$base/api/v1/billing-runs" > /dev/null
done
t0=$(date +%s.%N)
answer=$(curl -sf -m 3600 -u "buhalteris:$password" -H 'Content-Type: application/json' -d '{"period":"2026-09"}' "$base/api/v1/billing-runs")
t1=$(date +%s.%N)
echo "billing run 2026-09: $(echo "$answer" | grep -o '"number"' | wc -l) proformas in $(echo "$t1 - $t0" | bc) s"
grep "Billing run" "$data/app.log" || true

echo "$answer" | grep -oE '"id":"[0-9a-f-]{36}"' | awk 'NR <= 1000' | cut -d'"' -f4 > "$data/ids.txt"
n=$(wc -l < "$data/ids.txt")
for id in $(head -20 "$data/ids.txt"); do curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/invoices/$id/pdf"; done  # warm-up
t2=$(date +%s.%N)
xargs -P 2 -I{} curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/invoices/{}/pdf" < "$data/ids.txt"
t3=$(date +%s.%N)
echo "PDF: $n invoices in $(echo "$t3 - $t2" | bc) s, $(echo "$n / ($t3 - $t2)" | bc) per second (two at a time over HTTP)"

# the same over kept-alive connections (what a browser or mail worker does): wrk, two connections
t4=$(PAGALBA_TOKEN=$token PAGALBA_IDS="$data/ids.txt" wrk -t2 -c2 -d20s -s bench/pdf.lua "$base" | grep REQUESTS)
echo "PDF over kept-alive HTTP, two at a time for 20 s: $t4"
