#!/usr/bin/env bash
# Billing against its ceilings (issues 5 and 18): 10,000 clients (half with monthly or quarterly
# contracts), 200,000 requests and 2,000,000 work entries over July-September 2026, written with SQL
# into the database the app migrated on a throwaway cluster (fsync on). July and August are billed,
# then the September run (monthly clients for September, quarterly ones for Q3) is timed beside its
# ceiling: one GROUP BY of the same unbilled entries on the same server, on one core (target: the
# run within 3 x).
# Then invoice PDFs over kept-alive HTTP (wrk) beside openhtmltopdf rendering the invoice template's
# own page on as many threads (bench/PdfCeiling.java on the jar's libraries).
# Run `./mvnw -DskipTests package` first; needs wrk and Debian's postgresql.
# Usage: bench/run-billing.sh [clients] [entries-per-client] [pdf-seconds]   (defaults 10000 200 20)
# JFR=1 records where the app's CPU goes during the September run (bench/jfr-top.py) and lists the
# run's statements that took 20 ms or more on the server (its log, log_min_duration_statement).
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-10000}
per_client=${2:-200}
pdf_seconds=${3:-20}
source bench/lib.sh
machine_load
pg_start
app_start pagalba --pagalba.jobs.enabled=false --logging.level.lt.pagalba.billing=INFO
token=$(api_token)
curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "{\"username\":\"buhalteris\",
  \"firstName\":\"Bu\",\"lastName\":\"Halteris\",\"email\":\"b@stekas.lt\",\"roles\":[\"ACCOUNTANT\"],
  \"password\":\"$password\"}" "$base/api/v1/staff" > /dev/null

start=$(date +%s.%N)
sql pagalba "
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
echo "clients $(sql pagalba 'SELECT count(*) FROM client'), requests $(sql pagalba 'SELECT count(*) FROM support_request'), entries $(sql pagalba 'SELECT count(*) FROM work_entry'); loaded in $(echo "$loaded - $start" | bc) s"

bill() { curl -sf -m 3600 -u "buhalteris:$password" -H 'Content-Type: application/json' -d "{\"period\":\"$1\"}" "$base/api/v1/billing-runs"; }
# the quarter's last month bills monthly clients for September and quarterly ones for Q3; July and
# August are billed first, as they would have been, so September's run is a month's real work
bill 2026-07 > /dev/null
bill 2026-08 > /dev/null

# the ceiling: every entry the September run bills (September's for the monthly clients, the quarter's
# for the quarterly ones, who were not due in July and August), summed per client and kind of work in
# one GROUP BY, fastest of three just before the run and of three just after it; the mean of the two.
# On one core, as the run's own work is one thread: with parallel workers the GROUP BY would take three
# times the run's share of a busy machine, and the ratio would follow the neighbours' load.
since=$(sql pagalba "SELECT now()")
sql pagalba "CREATE TABLE bench_quarterly AS SELECT c.id FROM client c LEFT JOIN contract k ON k.client_id = c.id
  WHERE coalesce(k.period, c.billing_period) = 'QUARTER'; ANALYZE bench_quarterly;" > /dev/null
due="work_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30' AND deleted_at IS NULL
  AND (work_date >= DATE '2026-09-01' OR client_id IN (SELECT id FROM bench_quarterly))"
cat > "$pgdir/groupby.sql" <<SQL
SET max_parallel_workers_per_gather = 0;
SELECT client_id, category, sum(minutes) FROM work_entry WHERE $due GROUP BY client_id, category;
SQL
unbilled=$(sql pagalba "SELECT count(*) FROM work_entry WHERE $due")
groupby() {
  pgb -n -c 1 -t 3 -f groupby.sql -l --log-prefix=groupby pagalba > /dev/null
  cat "$pgdir"/groupby.[0-9]* | awk '{ print $3 / 1e6 }' | percentile 0
  rm -f "$pgdir"/groupby.[0-9]*
}
groupby_before=$(groupby)
if [ -n "${JFR:-}" ]; then
  jcmd "$app_pid" JFR.start name=run settings=profile > /dev/null
  sql pagalba "ALTER SYSTEM SET log_min_duration_statement = 20" && sql pagalba "SELECT pg_reload_conf()" > /dev/null
fi
t0=$(date +%s.%N)
answer=$(bill 2026-09)
t1=$(date +%s.%N)
if [ -n "${JFR:-}" ]; then
  sql pagalba "ALTER SYSTEM RESET log_min_duration_statement" && sql pagalba "SELECT pg_reload_conf()" > /dev/null
  jcmd "$app_pid" JFR.stop name=run filename="$appdir/run.jfr" > /dev/null
  echo "Where the app's CPU went during the run (JFR):"
  jfr_top "$appdir/run.jfr" 25 | sed 's/^/  /'
  echo "The run's statements of 20 ms or more (the server's log):"
  cat "$pgdir"/log/*.json 2> /dev/null | python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line).get("message", "")
    if m.startswith("duration:") and "bench_quarterly" not in m:
        print("  " + " ".join(m.split())[:300])' || true
fi
groupby_after=$(groupby)
groupby=$(echo "$groupby_before $groupby_after" | tr ' ' '\n' | mean)
run=$(echo "$t1 - $t0" | bc | sed 's/^\./0./')
# what the run billed: the entries in the ranges it wrote (issue 18: ranges, no mark on each entry)
locked=$(sql pagalba "SELECT count(*) FROM work_entry e JOIN billed_range b ON b.client_id = e.client_id
  AND b.category = e.category AND e.work_date BETWEEN b.period_from AND b.period_to AND e.seq > b.seq_from
  AND e.seq <= b.seq_to WHERE b.billed_at > '$since' AND e.deleted_at IS NULL")
ranges=$(sql pagalba "SELECT count(*) FROM billed_range WHERE billed_at > '$since'")
echo "billing run 2026-09: $(echo "$answer" | grep -o '"number"' | wc -l) proformas, $locked entries billed in $ranges ranges, in $run s"
echo "ceiling: one GROUP BY (one core) of the $unbilled entries the run is due to bill: $groupby s ($groupby_before s before the run, $groupby_after s after)"
grep "Billing run" "$appdir/app.log" | sed 's/.*Billing run/  Billing run/' || true
ratio billing.run_vs_groupby "$run" "$groupby" lower

# PDFs: kept-alive HTTP, two connections, each request the next of up to 1,000 invoices, taking
# turns with openhtmltopdf alone in its own JVM (warmed up first, then a slice per line it reads)
echo "$answer" | grep -oE '"id":"[0-9a-f-]{36}"' | awk 'NR <= 1000' | cut -d'"' -f4 > "$appdir/ids.txt"
export PAGALBA_TOKEN=$token PAGALBA_IDS="$appdir/ids.txt"
libs=$(mktemp -d /tmp/pagalba-pdf.XXXXXX)
on_exit "rm -rf '$libs'"
unzip -q "$jar" 'BOOT-INF/lib/*' 'BOOT-INF/classes/fonts/*' 'BOOT-INF/classes/templates/billing/invoice-pdf.html' -d "$libs"
slice=$(( (pdf_seconds + 2) / 3 ))
# rendering takes long to compile (JIT): both warm up at least 15 s, at the same time
warm=$(( pdf_seconds > 15 ? pdf_seconds : 15 ))
coproc RENDER { java -Xmx1g -cp "$libs/BOOT-INF/lib/*" bench/PdfCeiling.java \
  "$libs/BOOT-INF/classes/templates/billing/invoice-pdf.html" "$libs/BOOT-INF/classes/fonts" 2 "$warm"; }
on_exit "kill $RENDER_PID 2> /dev/null"
wrk -t2 -c2 -d${warm}s -s bench/pdf.lua "$base" > /dev/null
read -r _ <&"${RENDER[0]}"
render_slice() { echo "$slice" >&"${RENDER[1]}"; read -r _ _ _ r _ <&"${RENDER[0]}"; echo "$r"; }
before=$(render_slice)
: > "$appdir/pdf.slices"
for i in 1 2 3; do
  read -r _ pdfs _ pdf_rate _ p50 _ p99 _ errors <<< "$(wrk -t2 -c2 -d${slice}s -s bench/pdf.lua "$base" | grep REQUESTS)"
  after=$(render_slice)
  echo "$pdf_rate $(echo "$before $after" | tr ' ' '\n' | mean) $p50 $p99 $errors" >> "$appdir/pdf.slices"
  echo "  slice $i: openhtmltopdf $before/s | HTTP $pdf_rate/s, p50 $p50 ms, p99 $p99 ms, errors $errors"
  before=$after
done
echo "  openhtmltopdf after the last slice: $before/s"
echo "invoice PDFs over kept-alive HTTP, two connections: median $(awk '{ print $1 }' "$appdir/pdf.slices" | median)/s over 3 slices of $slice s"
echo "ceiling: openhtmltopdf alone, the invoice template's page, two threads: median $(awk '{ print $2 }' "$appdir/pdf.slices" | median)/s"
ratio_median billing.pdf_vs_render "$appdir/pdf.slices" higher
echo "targets: run <= 3 x the GROUP BY"
machine_load
