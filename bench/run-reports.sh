#!/usr/bin/env bash
# The manager's reports at scale (issue 17: every report over 200,000 requests and 2,000,000 work
# entries answers in under 1 s): Pagalba on a throwaway cluster (fsync on) with the scale data
# (bench/scale-data.sh), then every report below for the last whole month and for the twelve whole
# months before today, one case at a time over HTTP on one connection. Each case's server-side p95
# (Tomcat's access log) stands beside the bare SQL behind it (every statement the app ran for one
# answer, from the server's log, replayed with pgbench on the same server), the two taking turns in
# three slices, as bench/run-scale.sh measures the journal (both use measure_case of bench/lib.sh).
# Target: under 1 s; the ratio to the bare SQL is shown, not judged.
# Writes a markdown report with every read's EXPLAIN (ANALYZE, BUFFERS) to $REPORT (default
# target/bench-reports.md). Run `./mvnw -DskipTests package` first; needs wrk and python3.
# Usage: bench/run-reports.sh [slice-seconds] [requests] [entries]   (defaults 5, 200000, 2000000)
# CASES="3 4" measures only those cases (numbered as in the report); JFR=1 records where the app's
# CPU goes during each case's slices and adds it to the report (bench/jfr-top.py). PG_KEEP=/tmp/DIR
# keeps the cluster with its data in DIR for the next run (bench/run-scale.sh and run-reports.sh
# share it; the second run writes no data).
set -euo pipefail
cd "$(dirname "$0")/.."

# Every report: name|api or page|URL. {from} and {to} are the period's first and last day, {busiest}
# the client with the most requests. A new report is one more line.
reports=(
  "hours by client|api|/api/v1/reports/hours?by=client&from={from}&to={to}"
  "hours by consultant|api|/api/v1/reports/hours?by=consultant&from={from}&to={to}"
  "hours by category|api|/api/v1/reports/hours?by=category&from={from}&to={to}"
  "hours by category, the busiest client|api|/api/v1/reports/hours?by=category&clientId={busiest}&from={from}&to={to}"
  "service levels|api|/api/v1/reports/service-levels?from={from}&to={to}"
  "service levels, one lead|api|/api/v1/reports/service-levels?consultant=konsultantas07&from={from}&to={to}"
  "requests by day|api|/api/v1/reports/requests?by=day&from={from}&to={to}"
  "requests by month|api|/api/v1/reports/requests?by=month&from={from}&to={to}"
  "the reports page|page|/reports?from={from}&to={to}"
  "contract hours|api|/api/v1/reports/contract-hours?from={from}&to={to}"
  "contract hours, the busiest client|api|/api/v1/reports/contract-hours?clientId={busiest}&from={from}&to={to}"
  "consultants' load|api|/api/v1/reports/load?from={from}&to={to}"
  "revenue|api|/api/v1/reports/revenue?from={from}&to={to}"
  "unpaid and overdue|api|/api/v1/reports/receivables?on={to}"
  "feedback by consultant and month|api|/api/v1/reports/feedback?from={from}&to={to}"
)

slice=${1:-5}
requests=${2:-200000}
entries=${3:-2000000}
report=${REPORT:-target/bench-reports.md}
source bench/lib.sh
load_before=$(machine_load)
echo "$load_before"
pg_start
ACCESS_LOG=1 app_start pagalba --pagalba.jobs.enabled=false
out=$(mktemp -d /tmp/pagalba-reports.XXXXXX)
on_exit "rm -rf '$out'"
scale_data "$requests" "$entries"

export PAGALBA_TOKEN=$(api_token)
page_session "$out/cookies"
busiest=$(sql pagalba "SELECT client_id FROM support_request GROUP BY client_id ORDER BY count(*) DESC LIMIT 1")
month_from=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-%d)
month_to=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
year_from=$(date -d "$(date +%Y-%m-01) -12 month" +%Y-%m-%d)
periods=("month|$month_from|$month_to" "year|$year_from|$month_to")

table="$out/table.md"
plans="$out/plans.md"
: > "$table"
: > "$plans"
n=0
for period in "${periods[@]}"; do
  IFS='|' read -r length from to <<< "$period"
  for entry in "${reports[@]}"; do
    IFS='|' read -r name auth path <<< "$entry"
    n=$(( n + 1 ))
    if [ -n "${CASES:-}" ] && [[ " $CASES " != *" $n "* ]]; then continue; fi
    path=${path//\{from\}/$from}
    path=${path//\{to\}/$to}
    path=${path//\{busiest\}/$busiest}
    LIMIT_MS=1000 LIMIT_RATIO= LIMIT_PLAN_MS=10 measure_case "$n" "$name, a $length" "$auth" "$path"
  done
done

{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on commit $(git rev-parse --short HEAD); $load_before; after: $(machine_load)."
  echo "$(data_line pagalba). A month: $month_from to $month_to; a year: $year_from to $month_to."
  echo
  echo "| case | URL | total | answers | server p95 ms | SQL as sent p95 ms | ratio | SQL planned once p95 ms | ratio to it | reads | verdict (< 1 s) |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  sed -E "s/$busiest/{busiest}/g" "$table"
  echo
  sed -E "s/$busiest/{busiest}/g" "$plans"
} > "$report"
echo "report: $report"
machine_load
