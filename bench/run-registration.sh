#!/usr/bin/env bash
# Registration load against its ceiling (issue 18): on one throwaway PostgreSQL cluster (fsync and
# synchronous_commit on), pgbench's durable single-row INSERTs of a request-like row at the same
# concurrency, before and after the app; then Pagalba against that same server under wrk
# (POST /api/v1/requests with an API token), and a count of the rows against wrk's 201 answers.
# Prints the insert rate, the app's rate, their ratio, the app's p50/p99 and p99/p50.
# Targets: registrations >= 10 % of the insert rate, p99 <= 3 x p50, none lost.
# Run `./mvnw -DskipTests package` first; needs wrk and Debian's postgresql (installed if missing).
# Usage: bench/run-registration.sh [seconds] [clients]   (defaults 30 and 32; the warm-up is 2/3 of the seconds)
# JAVA_OPTS passes JVM options to the app, JAR another jar (an older commit's, say).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
clients=${2:-32}
warmup=$(( seconds * 2 / 3 > 5 ? seconds * 2 / 3 : 5 ))
threads=$(( clients < 2 ? 1 : 2 ))
source bench/lib.sh
machine_load
pg_start

# the ceiling: a row like the request's own (a uuid key, a few texts, a timestamp), one per transaction
sql postgres "CREATE DATABASE ceiling"
sql ceiling "CREATE TABLE bench_request (id uuid PRIMARY KEY, number varchar(11) NOT NULL, summary varchar(300),
  contact_email varchar(254), description text, received_at timestamptz NOT NULL)"
cat > "$pgdir/insert.sql" <<'SQL'
INSERT INTO bench_request VALUES (gen_random_uuid(), '2026-000001', 'Neatsidaro metinė ataskaita', 'ona@apkrova.lt', 'Apkrovos bandymas', now());
SQL
insert_rate() { pgb -n -c "$clients" -j "$threads" -T "$1" -f insert.sql ceiling | awk '/^tps/ {printf "%.0f", $3}'; }
pg_before=$(insert_rate "$seconds")

app_start pagalba
export PAGALBA_TOKEN=$(api_token)
export PAGALBA_CLIENT=$(curl -sf -H "Authorization: Bearer $PAGALBA_TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"UAB Apkrova"}' "$base/api/v1/clients" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
# warm-up (JIT, pools) at the measured concurrency; its requests count in the check below
read -r _ created _ bad _ _ _ _ _ _ _ sent <<< "$(wrk -t"$threads" -c"$clients" -d"${warmup}s" -s bench/registration.lua "$base" | grep CREATED)"
line=$(wrk -t"$threads" -c"$clients" -d"${seconds}s" --latency -s bench/registration.lua "$base" | grep CREATED)
read -r _ ok _ failed _ rps _ p50 _ p99 _ out <<< "$line"
created=$(( created + ok ))
sent=$(( sent + out ))
rows=$(sql pagalba "SELECT count(*) FROM support_request WHERE client_id = '$PAGALBA_CLIENT'")
app_stop
pg_after=$(insert_rate "$seconds")
pg_rate=$(( (pg_before + pg_after) / 2 ))

# every 201 must be a row (none lost) and no row may exist that was never sent; the difference is
# the requests wrk had in flight at its deadline (it stops without reading their answers)
if [ "$rows" -ge "$created" ] && [ "$rows" -le "$sent" ] && [ "$failed" -eq 0 ]; then verdict="none lost"; else verdict="MISMATCH"; fi
echo "pgbench single-row INSERTs, $clients clients, ${seconds} s: $pg_before/s before the app, $pg_after/s after (ceiling: $pg_rate/s)"
echo "registrations, $clients clients, ${seconds} s after ${warmup} s warm-up: $rps/s, p50 $p50 ms, p99 $p99 ms, non-201 $failed"
echo "201 answers $created, rows $rows, sent $sent -> $verdict"
ratio registration.rate_vs_insert "$rps" "$pg_rate" higher
ratio registration.p99_over_p50 "$p99" "$p50" lower
echo "targets: rate/insert >= 0.10, p99/p50 <= 3"
machine_load
[ "$verdict" = "none lost" ]
