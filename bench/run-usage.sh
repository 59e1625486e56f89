#!/usr/bin/env bash
# Usage read model (issue: under 50 ms for a client with 10,000 entries). Needs wrk, curl and psql
# (`apt-get install wrk postgresql-client`); run `./mvnw -DskipTests package` first.
# Starts Pagalba on a fresh durable data directory, gives one client a monthly contract and 10,000
# work entries over the last year (written with SQL, the API keeps to 92 days back), then measures
# the usage of one period and the 12-period history over HTTP, and the query itself in PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-10000}
PORT=${PORT:-18081} source bench/app.sh

id() { sed -E 's/^\{"id":"([^"]+)".*/\1/'; }
export PAGALBA_TOKEN=$(curl -sf -u "admin:$password" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "$base/api/v1/staff/admin/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
auth=(-H "Authorization: Bearer $PAGALBA_TOKEN" -H 'Content-Type: application/json')
client=$(curl -sf "${auth[@]}" -d '{"name":"UAB Naudotoja","billing":{"incrementMinutes":15}}' "$base/api/v1/clients" | id)
curl -sf "${auth[@]}" -d '{"number":"S-1","validFrom":"2020-01-01","period":"MONTH","incrementMinutes":15,"minimumMinutes":30,
  "allowances":[{"category":"CONSULTATION","includedMinutes":6000,"overageHourlyRate":"40.00"},
                {"category":"ADDITIONAL_WORK","includedMinutes":600,"overageHourlyRate":"50.00"}]}' \
  "$base/api/v1/clients/$client/contracts" > /dev/null
request=$(curl -sf "${auth[@]}" -d "{\"channel\":\"PHONE\",\"clientId\":\"$client\",\"contact\":{\"firstName\":\"Ona\",
  \"lastName\":\"Onaitė\",\"position\":\"Buhalterė\",\"phone\":\"+37061234567\",\"email\":\"ona@naudotoja.lt\"},
  \"summary\":\"Naudojimo bandymas\"}" "$base/api/v1/requests" | id)

pgport=$(sed -n 4p "$data/postgres/postmaster.pid")
sql() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -qAt -c "$1"; }
sql "INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, created_at, created_by)
     SELECT gen_random_uuid(), '$request', '$client', 'admin', current_date - (i % 365), 5 + (i * 7) % 120, 'REMOTE',
            CASE WHEN i % 5 = 0 THEN 'ADDITIONAL_WORK' ELSE 'CONSULTATION' END, 'Darbas ' || i, now(), 'admin'
     FROM generate_series(1, $entries) AS i;
     INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, corrects, created_at, created_by)
     SELECT gen_random_uuid(), '$request', '$client', 'admin', work_date, -5, mode, category, 'Pataisymas', id, now(), 'admin'
     FROM work_entry WHERE client_id = '$client' AND minutes > 60 LIMIT $(( entries / 20 ));
     ANALYZE work_entry;"
echo "entries of the client: $(sql "SELECT count(*) FROM work_entry WHERE client_id = '$client'")"

period=$(date +%Y-%m)
for path in "usage?period=$period" "usage/history?period=$period&count=12"; do
  wrk -t1 -c1 -d5s -s bench/usage.lua "$base/api/v1/clients/$client/$path" > /dev/null   # warm-up
  line=$(wrk -t1 -c1 -d15s -s bench/usage.lua "$base/api/v1/clients/$client/$path" | grep REQUESTS)
  read -r _ n _ rps _ p50 _ p99 _ errors <<< "$line"
  echo "GET /api/v1/clients/{id}/$path: $n answers, p50 $p50 ms, p99 $p99 ms, errors $errors"
done
