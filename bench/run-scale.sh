#!/usr/bin/env bash
# The journal at scale (issue 18 item 4): Pagalba on a throwaway cluster (fsync on) with 200,000
# requests and 2,000,000 work entries (bench/scale-data.sh), then, one case at a time over HTTP with
# one connection: the journal list (API and page), each filter, search (with and without Lithuanian
# letters, by company name, by number), the client page and the request page. Each case's
# server-side p95 (Tomcat's access log) stands beside the bare SQL behind it: every statement the
# app ran for one answer, taken from the server's log and replayed with pgbench on the same server,
# the two taking turns in three slices. Targets: within 2 x the bare SQL, under 50 ms.
# The bare SQL is replayed two ways: as the app's driver sends it (each read prepared with its parameters and
# executed with their values, so PostgreSQL plans it as it plans the app's: a custom plan for every execution
# while that is cheaper than a generic one), the target's ceiling; and planned once, the values written in,
# which no client with parameters gets (printed beside). Last, the app's floor: an API answer that runs no SQL
# (answer_floor in bench/lib.sh), the part of every case's time that no query can remove.
# Writes a markdown report with every read's EXPLAIN (ANALYZE, BUFFERS) to $REPORT
# (default target/bench-scale.md). Run `./mvnw -DskipTests package` first; needs wrk and python3.
# Usage: bench/run-scale.sh [slice-seconds] [requests] [entries]   (defaults 3, 200000, 2000000)
# CASES="15 18" measures only those cases (numbered as in the report); JFR=1 records where the app's
# CPU goes during each case's slices and adds it to the report (bench/jfr-top.py). PG_KEEP=/tmp/DIR
# keeps the cluster with its data in DIR for the next run (bench/run-scale.sh and run-reports.sh
# share it; the second run writes no data).
set -euo pipefail
cd "$(dirname "$0")/.."
slice=${1:-3}
requests=${2:-200000}
entries=${3:-2000000}
report=${REPORT:-target/bench-scale.md}
source bench/lib.sh
load_before=$(machine_load)
echo "$load_before"
pg_start
ACCESS_LOG=1 app_start pagalba --pagalba.jobs.enabled=false
out=$(mktemp -d /tmp/pagalba-scale.XXXXXX)
on_exit "rm -rf '$out'"
scale_data "$requests" "$entries"

export PAGALBA_TOKEN=$(api_token)
page_session "$out/cookies"

busiest=$(sql pagalba "SELECT client_id FROM support_request GROUP BY client_id ORDER BY count(*) DESC LIMIT 1")
busiest_name=$(sql pagalba "SELECT name FROM client WHERE id = '$busiest'")
busiest_requests=$(sql pagalba "SELECT count(*) FROM support_request WHERE client_id = '$busiest'")
request=$(sql pagalba "SELECT r.id FROM support_request r WHERE r.client_id = '$busiest' AND r.status = 'CLOSED'
  ORDER BY (SELECT count(*) FROM work_entry e WHERE e.request_id = r.id) DESC, r.number LIMIT 1")
number=$(sql pagalba "SELECT number FROM support_request ORDER BY received_at DESC OFFSET 5000 LIMIT 1")
month_from=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-%d)
month_to=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
urlq() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
company_word=$(echo "$busiest_name" | sed -E 's/^[^„]*„([^ ]+).*/\1/')
# the wider search (issue 13 item 7): a contact's e-mail, a phone as people say it (8 6xx xxxxx), the number without its year
email=$(sql pagalba "SELECT contact_email FROM support_request WHERE contact_email IS NOT NULL ORDER BY number OFFSET 1000 LIMIT 1")
phone=$(sql pagalba "SELECT contact_phone FROM support_request WHERE contact_phone LIKE '+3706%' ORDER BY number OFFSET 1000 LIMIT 1" \
  | sed -E 's/^\+370(6[0-9]{2})([0-9]{5})$/8 \1 \2/')
short_number=$(echo "${number#*-}" | sed -E 's/^0+//')

cases=(
  "journal|api|/api/v1/requests"
  "journal, page 100|api|/api/v1/requests?page=100"
  "status IN_PROGRESS (open)|api|/api/v1/requests?status=IN_PROGRESS"
  "status CLOSED|api|/api/v1/requests?status=CLOSED"
  "client (the busiest, $busiest_requests requests)|api|/api/v1/requests?clientId=$busiest"
  "consultant|api|/api/v1/requests?consultant=konsultantas07"
  "channel WEB|api|/api/v1/requests?channel=WEB"
  "date range (last month)|api|/api/v1/requests?from=$month_from&to=$month_to"
  "q with letters: banko išrašą|api|/api/v1/requests?q=$(urlq 'banko išrašą')"
  "q without: banko israsa|api|/api/v1/requests?q=$(urlq 'banko israsa')"
  "q company name: $company_word|api|/api/v1/requests?q=$(urlq "$company_word")"
  "q number: $number|api|/api/v1/requests?q=$number"
  "q number without the year: $short_number|api|/api/v1/requests?q=$short_number"
  "q e-mail: $email|api|/api/v1/requests?q=$(urlq "$email")"
  "q phone: $phone|api|/api/v1/requests?q=$(urlq "$phone")"
  "q word form: ataskaitos|api|/api/v1/requests?q=ataskaitos"
  "two statuses, by client|api|/api/v1/requests?status=REGISTERED&status=ASSIGNED&sort=client&direction=asc"
  "sorted by summary, descending|api|/api/v1/requests?sort=summary&direction=desc"
  "request record|api|/api/v1/requests/$request"
  "client record|api|/api/v1/clients/$busiest"
  "journal page|page|/requests"
  "journal page, q with letters|page|/requests?q=$(urlq 'banko išrašą')"
  "journal page, client filter|page|/requests?clientId=$busiest"
  "journal page, two statuses by lead|page|/requests?status=ASSIGNED&status=IN_PROGRESS&sort=lead&direction=asc"
  "client page (the busiest)|page|/clients/$busiest"
  "request page|page|/requests/$request"
  "sorted by summary, ascending|api|/api/v1/requests?sort=summary&direction=asc"
  "sorted by client, descending|api|/api/v1/requests?sort=client&direction=desc"
  "sorted by client, ascending, page 20|api|/api/v1/requests?sort=client&direction=asc&page=20"
)

table="$out/table.md"
plans="$out/plans.md"
: > "$table"
: > "$plans"
n=0
for entry in "${cases[@]}"; do
  IFS='|' read -r name auth path <<< "$entry"
  n=$(( n + 1 ))
  if [ -n "${CASES:-}" ] && [[ " $CASES " != *" $n "* ]]; then continue; fi
  measure_case "$n" "$name" "$auth" "$path"
done
# the floor last, on an app the cases have warmed up (measured first, its JIT still compiling, it read 2.5 x higher)
floor=$(answer_floor 5)
echo "the app's floor: an answer without SQL (the working calendar) takes $floor ms (p95)"

{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on commit $(git rev-parse --short HEAD); $load_before; after: $(machine_load)."
  echo "$(data_line pagalba)."
  echo
  echo "The app's floor, an API answer that runs no SQL (\`GET /api/v1/working-calendar\`, kept in memory) through the"
  echo "same Tomcat, security filters, Spring MVC and JSON: **$floor ms** (server p95). A case whose bare SQL is less than"
  echo "this floor cannot come within 2 x its SQL, whatever its own code does."
  echo
  echo "| case | URL | total | answers | server p95 ms | SQL as sent p95 ms | ratio | SQL planned once p95 ms | ratio to it | reads | verdict |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  sed -E "s/$busiest/{busiest}/g; s/$request/{request}/g" "$table"
  echo
  sed -E "s/$busiest/{busiest}/g; s/$request/{request}/g" "$plans"
} > "$report"
echo "report: $report"
machine_load
