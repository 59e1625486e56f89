#!/usr/bin/env bash
# The client portal's home against its ceiling (issue 16): one client with 2,000 requests and 10,000
# work entries (written with SQL beside one registered over the API), its contact logged in through
# the e-mailed link (read from the outbox: mail is off here), then GET /portal over HTTP (wrk, one
# connection) beside the bare SQL behind one answer (the session, the contact check, the page of
# requests and its count, the leads), replayed with pgbench on the same server. Prints the
# server-side p95 (Tomcat's access log), the bare SQL's p95 and their ratio (target: under 100 ms).
# Run `./mvnw -DskipTests package` first; needs wrk, python3 and Debian's postgresql.
# Usage: bench/run-portal.sh [requests] [entries] [seconds]   (defaults 2000, 10000 and 15)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-2000}
entries=${2:-10000}
seconds=${3:-15}
source bench/lib.sh
machine_load
pg_start
ACCESS_LOG=1 app_start pagalba --pagalba.jobs.enabled=false
out=$(mktemp -d /tmp/pagalba-portal.XXXXXX)
on_exit "rm -rf '$out'"

id() { sed -E 's/^\{"id":"([^"]+)".*/\1/'; }
export PAGALBA_TOKEN=$(api_token)
auth=(-H "Authorization: Bearer $PAGALBA_TOKEN" -H 'Content-Type: application/json')
email=ona@portalas.lt
client=$(curl -sf "${auth[@]}" -d '{"name":"UAB Portalas","billing":{"incrementMinutes":15}}' "$base/api/v1/clients" | id)
curl -sf "${auth[@]}" -d "{\"firstName\":\"Ona\",\"lastName\":\"Onaitė\",\"position\":\"Buhalterė\",\"phone\":\"+37061234567\",
  \"email\":\"$email\"}" "$base/api/v1/clients/$client/contacts" > /dev/null
curl -sf "${auth[@]}" -d '{"number":"S-1","validFrom":"2020-01-01","period":"MONTH","incrementMinutes":15,"minimumMinutes":30,
  "allowances":[{"category":"CONSULTATION","includedMinutes":6000,"overageHourlyRate":"40.00"}]}' \
  "$base/api/v1/clients/$client/contracts" > /dev/null
request=$(curl -sf "${auth[@]}" -d "{\"channel\":\"PHONE\",\"clientId\":\"$client\",\"contact\":{\"firstName\":\"Ona\",
  \"lastName\":\"Onaitė\",\"position\":\"Buhalterė\",\"phone\":\"+37061234567\",\"email\":\"$email\"},
  \"summary\":\"Portalo bandymas\"}" "$base/api/v1/requests" | id)
# the other requests as the registrar writes them, numbered in a year of their own, spread over two years
sql pagalba "INSERT INTO support_request (id, number, received_at, channel, client_id, contact_id, contact_first_name,
       contact_last_name, contact_position, contact_phone, contact_email, summary, description, status, registered_by)
     SELECT gen_random_uuid(), '2024-' || lpad(i::text, 6, '0'), now() - (i || ' hours')::interval * 8, channel, client_id,
            contact_id, contact_first_name, contact_last_name, contact_position, contact_phone, contact_email,
            'Klausimas ' || i, 'Aprašymas ' || i, CASE WHEN i % 10 = 0 THEN 'IN_PROGRESS' ELSE 'CLOSED' END, registered_by
     FROM support_request, generate_series(1, $(( requests - 1 ))) AS i WHERE id = '$request';
     INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, created_at, created_by)
     SELECT gen_random_uuid(), '$request', '$client', 'admin', current_date - (i % 365), 5 + (i * 7) % 120, 'REMOTE',
            'CONSULTATION', 'Darbas ' || i, now(), 'admin'
     FROM generate_series(1, $entries) AS i;"
sql pagalba "VACUUM ANALYZE support_request"
sql pagalba "VACUUM ANALYZE work_entry"
echo "requests of the client: $(sql pagalba "SELECT count(*) FROM support_request WHERE client_id = '$client'"),"\
" work entries: $(sql pagalba "SELECT count(*) FROM work_entry WHERE client_id = '$client'")"

# log in as a contact does: the login page's CSRF token, the address, the link from the e-mail
jar="$out/cookies"
csrf=$(curl -sf -c "$jar" -b "$jar" "$base/portal" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1)
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" --data-urlencode "_csrf=$csrf" "$base/portal/login"
link=""
for _ in $(seq 1 50); do
  link=$(sql pagalba "SELECT substring(body_text FROM '/portal/login/[A-Za-z0-9_-]+') FROM outbox_message
                      WHERE kind = 'PORTAL_LINK' ORDER BY created_at DESC LIMIT 1")
  [ -n "$link" ] && break
  sleep 0.2
done
curl -sf -o /dev/null -c "$jar" -b "$jar" "$base$link"
export PAGALBA_COOKIE="PAGALBA_PORTAL=$(awk '$6 == "PAGALBA_PORTAL" { print $7 }' "$jar")"
export PAGALBA_TOKEN=

path=/portal
wrk -t1 -c1 -d$(( seconds / 3 + 1 ))s -s bench/get.lua "$base$path" > /dev/null   # warm-up
read -r statements reads writes logged <<< "$(sql_capture "$out/home" -H "Cookie: $PAGALBA_COOKIE" "$base$path")"
slice=$(( (seconds + 2) / 3 ))
: > "$out/home.slices"
read -r _ bare_before <<< "$(sql_bare pagalba "$out/home" "$slice")"
for i in 1 2 3; do
  from=$(access_lines)
  read -r _ n _ _ _ p50 _ p99 _ errors <<< "$(wrk -t1 -c1 -d${slice}s -s bench/get.lua "$base$path" | grep REQUESTS)"
  p95=$(server_ms "$from" "$path" 95)
  read -r _ bare_after <<< "$(sql_bare pagalba "$out/home" "$slice")"
  echo "$p95 $(echo "$bare_before $bare_after" | tr ' ' '\n' | mean) $n $p50 $p99 $errors" >> "$out/home.slices"
  bare_before=$bare_after
done
p95=$(awk '{ print $1 }' "$out/home.slices" | median)
bare95=$(awk '{ print $2 }' "$out/home.slices" | median)
echo "GET $path: server-side p95 $p95 ms (median of 3 slices of $slice s; wrk p50/p99 per slice: $(awk '{ printf "%s/%s ", $4, $5 }' "$out/home.slices")ms), errors $(awk '{ s += $6 } END { print s }' "$out/home.slices");"
echo "  the SQL behind one answer: $reads reads, $writes writes; bare (pgbench, one connection): p95 $bare95 ms"
ratio_median "portal.home.p95_vs_sql" "$out/home.slices" lower
if [ -n "${EXPLAIN_TO:-}" ]; then
  { echo "#### GET /portal"; echo; explain pagalba "$out/home"; echo; } >> "$EXPLAIN_TO"
fi
echo "target: server-side p95 under 100 ms"
machine_load
