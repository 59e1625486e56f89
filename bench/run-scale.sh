#!/usr/bin/env bash
# The journal at scale (issue 18 item 4): Pagalba on a throwaway cluster (fsync on) with 200,000
# requests and 2,000,000 work entries (bench/scale-data.sh), then, one case at a time over HTTP with
# one connection: the journal list (API and page), each filter, search (with and without Lithuanian
# letters, by company name, by number), the client page and the request page. Each case's
# server-side p95 (Tomcat's access log) stands beside the bare SQL behind it: every statement the
# app ran for one answer, taken from the server's log and replayed with pgbench on the same server,
# the two taking turns in three slices. Targets: within 2 x the bare SQL, under 50 ms.
# Writes a markdown report with every read's EXPLAIN (ANALYZE, BUFFERS) to $REPORT
# (default target/bench-scale.md). Run `./mvnw -DskipTests package` first; needs wrk and python3.
# Usage: bench/run-scale.sh [slice-seconds] [requests] [entries]   (defaults 3, 200000, 2000000)
# CASES="15 18" measures only those cases (numbered as in the report); JFR=1 records where the app's
# CPU goes during each case's slices and adds it to the report (bench/jfr-top.py).
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
t0=$(date +%s)
bench/scale-data.sh "postgresql://postgres@127.0.0.1:$pgport/pagalba" "$requests" "$entries"
echo "written in $(( $(date +%s) - t0 )) s"

export PAGALBA_TOKEN=$(api_token)
# a page session: the login form's CSRF token, then the form login
jar="$out/cookies"
csrf=$(curl -sf -c "$jar" -b "$jar" "$base/login" | grep -oE 'name="_csrf"[^>]*value="[^"]+"' | sed -E 's/.*value="([^"]+)"/\1/')
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "$base/login"
# the session cookie: SESSION since sessions live in PostgreSQL (Spring Session), JSESSIONID before
cookie="$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { print $6 "=" $7 }' "$jar" | tail -1)"

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
  if [ "$auth" = page ]; then
    export PAGALBA_COOKIE=$cookie
    hdr=(-H "Cookie: $cookie")
  else
    export PAGALBA_COOKIE=
    hdr=(-H "Authorization: Bearer $PAGALBA_TOKEN")
  fi
  curl -s -o "$out/answer.$n" -w '%{http_code}' "${hdr[@]}" "$base$path" > "$out/status.$n"
  status=$(cat "$out/status.$n")
  total=$(grep -oE '"total":[0-9]+' "$out/answer.$n" | head -1 | cut -d: -f2 || true)
  wrk -t1 -c1 -d${slice}s -s bench/get.lua "$base$path" > /dev/null   # warm-up
  read -r statements reads writes logged <<< "$(sql_capture "$out/case$n" "${hdr[@]}" "$base$path")"
  : > "$out/case$n.slices"
  read -r _ bare_before <<< "$(sql_bare pagalba "$out/case$n" "$slice")"
  [ -n "${JFR:-}" ] && jcmd "$app_pid" JFR.start name=case$n settings=profile > /dev/null
  for i in 1 2 3; do
    from=$(access_lines)
    read -r _ answers _ _ _ p50 _ p99 _ errors <<< "$(wrk -t1 -c1 -d${slice}s -s bench/get.lua "$base$path" | grep REQUESTS)"
    p95=$(server_ms "$from" "$path" 95)
    read -r _ bare_after <<< "$(sql_bare pagalba "$out/case$n" "$slice")"
    echo "$p95 $(echo "$bare_before $bare_after" | tr ' ' '\n' | mean) $answers $errors" >> "$out/case$n.slices"
    bare_before=$bare_after
  done
  if [ -n "${JFR:-}" ]; then
    jcmd "$app_pid" JFR.stop name=case$n filename="$out/case$n.jfr" > /dev/null
    jfr print --events jdk.ExecutionSample --stack-depth 96 "$out/case$n.jfr" | python3 bench/jfr-top.py 15 > "$out/case$n.jfr.txt"
  fi
  p95=$(awk '{ print $1 }' "$out/case$n.slices" | median)
  bare95=$(awk '{ print $2 }' "$out/case$n.slices" | median)
  r=$(awk '{ print $1 / $2 }' "$out/case$n.slices" | median)
  answers=$(awk '{ s += $3 } END { print s }' "$out/case$n.slices")
  errors=$(awk '{ s += $4 } END { print s }' "$out/case$n.slices")
  verdict=$(awk -v r="$r" -v p="$p95" -v e="$errors" 'BEGIN { v = "";
    if (r > 2) v = v ", over 2 x SQL"; if (p >= 50) v = v ", over 50 ms"; if (e > 0) v = v ", " e " errors"; print v == "" ? "met" : substr(v, 3) }')
  printf "%-48s %4s %8s ms  bare SQL %8s ms  ratio %5.2f  %2s reads  %s\n" "$name" "$status" "$p95" "$bare95" "$r" "$reads" "$verdict"
  statements="$reads"
  [ "$writes" -gt 0 ] && statements="$reads + $writes writes"
  printf "| %s | \`%s\` | %s | %s | %s | %s | %.2f | %s | %s |\n" "$name" "$path" "${total:-}" "$answers" "$p95" "$bare95" "$r" \
    "$statements" "$verdict" >> "$table"
  # the plan of every read that took a millisecond or more, and of the slowest one in any case
  slowest=$(awk -F'\t' '$3 == "read" { print $2, $1 }' "$out/case$n.tsv" | sort -g | tail -1 | awk '{ print $2 }')
  {
    echo "#### $n. $name: \`GET $path\`"
    echo
    if [ -f "$out/case$n.jfr.txt" ]; then
      echo "Where the app's CPU went during the slices (JFR):"
      echo
      echo '```'
      cat "$out/case$n.jfr.txt"
      echo '```'
      echo
    fi
    echo "$reads reads, $writes writes for one answer; server-side times as logged:"
    echo
    awk -F'\t' '{ printf "- %s ms (%s): `%s…`\n", $2, $3, $4 }' "$out/case$n.tsv"
    echo
    while IFS=$'\t' read -r index ms kind _; do
      [ "$kind" = read ] || continue
      if [ "$index" = "$slowest" ] || [ "$(echo "$ms >= 1" | bc -l)" = 1 ]; then
        echo "Read $index (logged $ms ms):"
        echo
        explain_one pagalba "$out/case$n.$index.sql"
        echo
      fi
    done < "$out/case$n.tsv"
  } >> "$plans"
done

{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on commit $(git rev-parse --short HEAD); $load_before; after: $(machine_load)."
  echo "$(sql pagalba "SELECT 'Data: ' || (SELECT count(*) FROM client) || ' clients, ' || (SELECT count(*) FROM contact) || ' contacts, '
    || (SELECT count(*) FROM support_request) || ' requests, ' || (SELECT count(*) FROM request_assignment) || ' assignments, '
    || (SELECT count(*) FROM request_event) || ' timeline events, ' || (SELECT count(*) FROM work_entry) || ' work entries; database '
    || pg_size_pretty(pg_database_size(current_database())) || ', shared_buffers ' || current_setting('shared_buffers')")."
  echo
  echo "| case | URL | total | answers | server p95 ms | bare SQL p95 ms | ratio | reads | verdict |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  sed -E "s/$busiest/{busiest}/g; s/$request/{request}/g" "$table"
  echo
  sed -E "s/$busiest/{busiest}/g; s/$request/{request}/g" "$plans"
} > "$report"
echo "report: $report"
machine_load
