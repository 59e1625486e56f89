#!/usr/bin/env bash
# Registration load (issue: 1, 8 and 32 concurrent clients for 30 s each).
# Builds nothing: run `./mvnw -DskipTests package` first. Needs wrk (`apt-get install wrk`) and curl.
# Starts Pagalba from the jar on a fresh, durable (fsync on) data directory, creates an API token and
# a client, runs wrk at each concurrency, then checks that the journal holds exactly as many requests
# as wrk counted 201 answers. Usage: bench/run-registration.sh [seconds] [concurrencies]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
levels=${2:-1,8,32}
source bench/app.sh

json() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"; }
export PAGALBA_TOKEN=$(curl -sf -u "admin:$password" -H 'Content-Type: application/json' \
  -d '{"name":"bench"}' "$base/api/v1/staff/admin/tokens" | json token)
export PAGALBA_CLIENT=$(curl -sf -H "Authorization: Bearer $PAGALBA_TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"UAB Apkrova"}' "$base/api/v1/clients" | sed -E 's/^\{"id":"([^"]+)".*/\1/')

# warm-up: JIT and connection pools
wrk -t2 -c16 -d20s -s bench/registration.lua "$base" | grep CREATED > "$data/warmup.txt"
created=$(awk '{print $2}' "$data/warmup.txt")
sent=$(awk '{print $12}' "$data/warmup.txt")

printf "%-12s %10s %10s %10s %10s %8s\n" concurrency requests req/s "p50 ms" "p99 ms" errors
for c in ${levels//,/ }; do
  threads=$(( c < 2 ? 1 : 2 ))
  line=$(wrk -t$threads -c$c -d${seconds}s --latency -s bench/registration.lua "$base" | grep CREATED)
  read -r _ ok _ bad _ rps _ p50 _ p99 _ out <<< "$line"
  printf "%-12s %10s %10s %10s %10s %8s\n" "$c" "$ok" "$rps" "$p50" "$p99" "$bad"
  created=$(( created + ok ))
  sent=$(( sent + out ))
done

inJournal=$(curl -sf -H "Authorization: Bearer $PAGALBA_TOKEN" "$base/api/v1/requests?size=1&clientId=$PAGALBA_CLIENT" \
  | sed -E 's/.*"total":([0-9]+).*/\1/')
# Every 201 must be in the journal (none lost), and nothing may be there that was never sent. The
# difference between the two is the requests wrk left in flight at each deadline.
if [ "$inJournal" -ge "$created" ] && [ "$inJournal" -le "$sent" ]; then verdict="none lost"; else verdict="MISMATCH"; fi
echo "201 answers: $created, sent: $sent, requests in the journal: $inJournal ($(( inJournal - created )) answered after wrk's deadline) -> $verdict"
[ "$verdict" = "none lost" ]
