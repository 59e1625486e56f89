#!/usr/bin/env bash
# Usage read model against its ceiling (issues 4 and 18): one client with a monthly contract and
# 10,000 work entries over the last year (written with SQL; the API keeps to 92 days back), then the
# usage of last month and the 12-period history over HTTP (wrk, one connection), each beside the
# bare SQL behind it: the statements the app ran for one answer, taken from the server's log and
# replayed with pgbench on the same server. Prints the server-side p95 (Tomcat's access log), the
# bare SQL's p95 and their ratio (target: within 2 x, and under 50 ms).
# Run `./mvnw -DskipTests package` first; needs wrk, python3 and Debian's postgresql.
# Usage: bench/run-usage.sh [entries] [seconds]   (defaults 10000 and 15)
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-10000}
seconds=${2:-15}
source bench/lib.sh
machine_load
pg_start
ACCESS_LOG=1 app_start pagalba --pagalba.jobs.enabled=false
out=$(mktemp -d /tmp/pagalba-usage.XXXXXX)
on_exit "rm -rf '$out'"

id() { sed -E 's/^\{"id":"([^"]+)".*/\1/'; }
export PAGALBA_TOKEN=$(api_token)
auth=(-H "Authorization: Bearer $PAGALBA_TOKEN" -H 'Content-Type: application/json')
client=$(curl -sf "${auth[@]}" -d '{"name":"UAB Naudotoja","billing":{"incrementMinutes":15}}' "$base/api/v1/clients" | id)
curl -sf "${auth[@]}" -d '{"number":"S-1","validFrom":"2020-01-01","period":"MONTH","incrementMinutes":15,"minimumMinutes":30,
  "allowances":[{"category":"CONSULTATION","includedMinutes":6000,"overageHourlyRate":"40.00"},
                {"category":"ADDITIONAL_WORK","includedMinutes":600,"overageHourlyRate":"50.00"}]}' \
  "$base/api/v1/clients/$client/contracts" > /dev/null
request=$(curl -sf "${auth[@]}" -d "{\"channel\":\"PHONE\",\"clientId\":\"$client\",\"contact\":{\"firstName\":\"Ona\",
  \"lastName\":\"Onaitė\",\"position\":\"Buhalterė\",\"phone\":\"+37061234567\",\"email\":\"ona@naudotoja.lt\"},
  \"summary\":\"Naudojimo bandymas\"}" "$base/api/v1/requests" | id)
sql pagalba "INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, created_at, created_by)
     SELECT gen_random_uuid(), '$request', '$client', 'admin', current_date - (i % 365), 5 + (i * 7) % 120, 'REMOTE',
            CASE WHEN i % 5 = 0 THEN 'ADDITIONAL_WORK' ELSE 'CONSULTATION' END, 'Darbas ' || i, now(), 'admin'
     FROM generate_series(1, $entries) AS i;
     INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, corrects, created_at, created_by)
     SELECT gen_random_uuid(), '$request', '$client', 'admin', work_date, -5, mode, category, 'Pataisymas', id, now(), 'admin'
     FROM work_entry WHERE client_id = '$client' AND minutes > 60 LIMIT $(( entries / 20 ));
"
sql pagalba "VACUUM ANALYZE work_entry"
echo "entries of the client: $(sql pagalba "SELECT count(*) FROM work_entry WHERE client_id = '$client'")"

# last month: a whole month of entries, whatever the day of the run
period=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
for name in period history; do
  case $name in
    period) path="/api/v1/clients/$client/usage?period=$period" ;;
    history) path="/api/v1/clients/$client/usage/history?period=$period&count=12" ;;
  esac
  wrk -t1 -c1 -d$(( seconds / 3 + 1 ))s -s bench/get.lua "$base$path" > /dev/null   # warm-up
  read -r statements reads writes logged <<< "$(sql_capture "$out/$name" -H "Authorization: Bearer $PAGALBA_TOKEN" "$base$path")"
  # the answer over HTTP and its bare SQL take turns in three slices (bare, http, bare, http, bare,
  # http, bare); each slice's server-side p95 is set against the mean of the bare p95 around it
  slice=$(( (seconds + 2) / 3 ))
  : > "$out/$name.slices"
  read -r _ bare_before <<< "$(sql_bare pagalba "$out/$name" "$slice")"
  for i in 1 2 3; do
    from=$(access_lines)
    read -r _ n _ _ _ p50 _ p99 _ errors <<< "$(wrk -t1 -c1 -d${slice}s -s bench/get.lua "$base$path" | grep REQUESTS)"
    p95=$(server_ms "$from" "$path" 95)
    read -r _ bare_after <<< "$(sql_bare pagalba "$out/$name" "$slice")"
    echo "$p95 $(echo "$bare_before $bare_after" | tr ' ' '\n' | mean) $n $p50 $p99 $errors" >> "$out/$name.slices"
    bare_before=$bare_after
  done
  p95=$(awk '{ print $1 }' "$out/$name.slices" | median)
  bare95=$(awk '{ print $2 }' "$out/$name.slices" | median)
  echo "GET $path: server-side p95 $p95 ms (median of 3 slices of $slice s; wrk p50/p99 per slice: $(awk '{ printf "%s/%s ", $4, $5 }' "$out/$name.slices")ms), errors $(awk '{ s += $6 } END { print s }' "$out/$name.slices");"
  echo "  the SQL behind one answer: $reads reads, $writes writes; bare (pgbench, one connection): p95 $bare95 ms"
  ratio_median "usage.$name.p95_vs_sql" "$out/$name.slices" lower
  if [ -n "${EXPLAIN_TO:-}" ]; then
    { echo "#### GET /api/v1/clients/{id}/${path#*/$client/}"; echo; explain pagalba "$out/$name"; echo; } >> "$EXPLAIN_TO"
  fi
done
echo "targets: server-side p95 within 2 x the bare SQL, under 50 ms"
machine_load
