#!/usr/bin/env bash
# Registration load against its ceiling (issue 18): on one throwaway PostgreSQL cluster (fsync and
# synchronous_commit on), pgbench's durable single-row INSERTs of a request-like row and Pagalba
# under wrk (POST /api/v1/requests with an API token) at the same concurrency, taking turns in
# slices; then a count of the rows against wrk's 201 answers.
# Prints the insert rate, the app's rate, their ratio, the app's p50/p99 and p99/p50.
# Targets: registrations >= 10 % of the insert rate, p99 <= 3 x p50, none lost.
# Run `./mvnw -DskipTests package` first; needs wrk and Debian's postgresql (installed if missing).
# Usage: bench/run-registration.sh [seconds] [clients]   (defaults 30 and 32)
# The warm-up runs the same load in rounds of 10 s, 20 s at least and 150 s at most, until the app's JIT
# compilers take under 5 % of its CPU (bench/lib.sh warm_up): the figures are those of a server that
# has been running, not of one still compiling its code. WARMUP=S makes it S seconds flat.
# JAVA_OPTS passes JVM options to the app, JAR another jar (an older commit's, say).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
clients=${2:-32}
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

app_start pagalba
export PAGALBA_TOKEN=$(api_token)
export PAGALBA_CLIENT=$(curl -sf -H "Authorization: Bearer $PAGALBA_TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"UAB Apkrova"}' "$base/api/v1/clients" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
# warm-up (JIT, pools) at the measured concurrency; its requests count in the check below
if [ -n "${WARMUP:-}" ]; then
  wrk -t"$threads" -c"$clients" -d"${WARMUP}s" -s bench/registration.lua "$base" | grep CREATED > "$appdir/warmup.txt"
  warmed="warm-up: $WARMUP s"
else
  warmed=$(warm_up "$app_pid" 20 150 "$appdir/warmup.txt" \
    sh -c "wrk -t$threads -c$clients -d10s -s bench/registration.lua $base | grep CREATED")
fi
echo "  $warmed"
read -r created failed sent <<< "$(awk '{ c += $2; f += $4; s += $12 } END { print c + 0, f + 0, s + 0 }' "$appdir/warmup.txt")"

# Neighbours' builds come and go within seconds, so the app and its ceiling take turns in slices
# (ceiling, app, ceiling, app, …, ceiling) and each slice of the app is set against the mean of the
# ceiling just before and just after it; the figures are the medians over the slices.
# CPU (user + system) of the app and of its PostgreSQL backends over the slices: the cost of a
# registration, which neighbours' load changes far less than the rate (the app idles during pgbench)
app_cpu=$(ticks "/proc/$app_pid/stat")
db_cpu=$(backend_ticks)
registered=$(sql pagalba "SELECT count(*) FROM support_request")
slices=$(( seconds >= 30 ? 5 : 3 ))
slice=$(( (seconds + slices - 1) / slices ))
pg_rates=("$(insert_rate "$slice")")
for i in $(seq 1 "$slices"); do
  sleep 1   # what the last slice left to do asynchronously is not the next one's load
  read -r _ ok _ bad _ rps _ p50 _ p99 _ out <<< "$(wrk -t"$threads" -c"$clients" -d"${slice}s" --latency -s bench/registration.lua "$base" | grep CREATED)"
  created=$(( created + ok )); sent=$(( sent + out )); failed=$(( failed + bad ))
  sleep 1
  pg_rates+=("$(insert_rate "$slice")")
  ceiling=$(( (pg_rates[i - 1] + pg_rates[i]) / 2 ))
  printf "  slice %d: pgbench %6s/s | app %5s/s p50 %6s ms p99 %7s ms | ratio %s\n" "$i" "${pg_rates[i - 1]}" "$rps" "$p50" "$p99" \
    "$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.4f", a / b }')"
  echo "$rps $ceiling $p50 $p99" >> "$appdir/slices.txt"
done
echo "  pgbench after the last slice: ${pg_rates[slices]}/s"
app_cpu=$(( $(ticks "/proc/$app_pid/stat") - app_cpu ))
db_cpu=$(( $(backend_ticks) - db_cpu ))
rows=$(sql pagalba "SELECT count(*) FROM support_request WHERE client_id = '$PAGALBA_CLIENT'")
registered=$(( rows - registered ))

# every 201 must be a row (none lost) and no row may exist that was never sent; the difference is
# the requests wrk had in flight at its deadlines (it stops without reading their answers)
if [ "$rows" -ge "$created" ] && [ "$rows" -le "$sent" ] && [ "$failed" -eq 0 ]; then verdict="none lost"; else verdict="MISMATCH"; fi
rps=$(awk '{ print $1 }' "$appdir/slices.txt" | median)
pg_rate=$(awk '{ print $2 }' "$appdir/slices.txt" | median)
p50=$(awk '{ print $3 }' "$appdir/slices.txt" | median)
p99=$(awk '{ print $4 }' "$appdir/slices.txt" | median)
echo "pgbench single-row INSERTs, $clients clients: median $pg_rate/s over $(( slices + 1 )) slices of $slice s"
echo "registrations, $clients clients, after the warm-up: median $rps/s, p50 $p50 ms, p99 $p99 ms over $slices slices of $slice s; non-201 $failed"
echo "201 answers $created, rows $rows, sent $sent -> $verdict"
echo "CPU per registration over the slices: app $(echo "scale=3; 1000 * $app_cpu / $(getconf CLK_TCK) / $registered" | bc) ms," \
  "its PostgreSQL backends $(echo "scale=3; 1000 * $db_cpu / $(getconf CLK_TCK) / $registered" | bc) ms"
ratio_median registration.rate_vs_insert "$appdir/slices.txt" higher
awk '{ print $4, $3 }' "$appdir/slices.txt" > "$appdir/tails.txt"
ratio_median registration.p99_over_p50 "$appdir/tails.txt" lower
echo "targets: rate/insert >= 0.10, p99/p50 <= 3"
machine_load
[ "$verdict" = "none lost" ]
