#!/usr/bin/env bash
# Registration on two commits side by side (issue 18 item 1): each commit is built in a temporary
# worktree under /tmp (removed afterwards), both apps run at once against their own database on one
# throwaway cluster (fsync on, pg_stat_statements loaded), and the load takes turns between them and
# pgbench's durable INSERTs in slices, so both see the same machine. Then the CPU each app and its
# PostgreSQL backends spent per registration, SQL statements and commits per registration
# (pg_stat_statements, pg_stat_database) and, with JFR recording in both under the same load, where
# each spends its CPU (bench/jfr-top.py).
# Usage: bench/run-compare.sh OLD NEW [seconds-per-slice] [clients] [slices]
#   e.g. bench/run-compare.sh "$(git log --format=%h --grep='Registration throughput' | tail -1)" HEAD
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(git rev-parse --short "$1")
new=$(git rev-parse --short "$2")
slice=${3:-10}
clients=${4:-32}
slices=${5:-3}
threads=2
source bench/lib.sh
machine_load
work=$(mktemp -d /tmp/pagalba-compare.XXXXXX)
on_exit "rm -rf '$work'"

build() {
  local tree="$work/tree-$1"
  git worktree add -q --detach "$tree" "$1"
  on_exit "git worktree remove --force '$tree' 2> /dev/null || true"
  (cd "$tree" && ./mvnw -q -B -DskipTests package) > "$work/build-$1.log" 2>&1 || { tail -20 "$work/build-$1.log"; exit 1; }
  cp "$(ls "$tree"/target/pagalba-*.jar | head -1)" "$work/$1.jar"
  git worktree remove --force "$tree"
}
t0=$(date +%s)
build "$old"
build "$new"
echo "built $old and $new in $(( $(date +%s) - t0 )) s"

PG_OPTS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" pg_start
sql postgres "CREATE DATABASE ceiling"
sql ceiling "CREATE TABLE bench_request (id uuid PRIMARY KEY, number varchar(11) NOT NULL, summary varchar(300),
  contact_email varchar(254), description text, received_at timestamptz NOT NULL)"
echo "INSERT INTO bench_request VALUES (gen_random_uuid(), '2026-000001', 'Neatsidaro metinė ataskaita', 'ona@apkrova.lt', 'Apkrovos bandymas', now());" > "$pgdir/insert.sql"
insert_rate() { pgb -n -c "$clients" -j "$threads" -T "$1" -f insert.sql ceiling | awk '/^tps/ {printf "%.0f", $3}'; }

declare -A base_of pid_of token_of client_of
for v in "$old" "$new"; do
  JAR="$work/$v.jar" app_start "c$v"
  base_of[$v]=$base
  pid_of[$v]=$app_pid
  token_of[$v]=$(api_token)
  client_of[$v]=$(curl -sf -H "Authorization: Bearer ${token_of[$v]}" -H 'Content-Type: application/json' \
    -d '{"name":"UAB Apkrova"}' "$base/api/v1/clients" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
  sql "c$v" "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
done

# wrk_slice V SECONDS: one slice of registrations on commit V; prints rate p50 p99 created sent
wrk_slice() {
  PAGALBA_TOKEN=${token_of[$1]} PAGALBA_CLIENT=${client_of[$1]} wrk -t$threads -c"$clients" -d"${2}s" --latency \
    -s bench/registration.lua "${base_of[$1]}" | grep CREATED | awk '{ print $6, $8, $10, $2, $12 }'
}
# warm-up, each until its JIT is done (bench/lib.sh warm_up), the other idle meanwhile
for v in "$old" "$new"; do
  echo "  $v $(warm_up "${pid_of[$v]}" 20 150 "$work/warmup.$v" wrk_slice "$v" 10)"
done
sql "c$old" "SELECT pg_stat_statements_reset()" > /dev/null
# CPU seconds (user + system) of a process and of the PostgreSQL backends serving a database: the
# cost of a registration on a CPU-bound machine, which neighbours' load changes far less than a rate
declare -A reg_before xact_before app_cpu_before db_cpu_before
for v in "$old" "$new"; do
  reg_before[$v]=$(sql "c$v" "SELECT count(*) FROM support_request")
  xact_before[$v]=$(sql postgres "SELECT xact_commit FROM pg_stat_database WHERE datname = 'c$v'")
  app_cpu_before[$v]=$(ticks "/proc/${pid_of[$v]}/stat")
  db_cpu_before[$v]=$(backend_ticks "c$v")
done

# turns: pgbench, old, new, pgbench, new, old, pgbench, … (the order swaps, so neither always follows pgbench)
pg_rates=("$(insert_rate "$slice")")
for i in $(seq 1 "$slices"); do
  order=("$old" "$new")
  [ $(( i % 2 )) = 0 ] && order=("$new" "$old")
  for v in "${order[@]}"; do
    sleep 1
    read -r rate p50 p99 _ _ <<< "$(wrk_slice "$v" "$slice")"
    echo "$v $i $rate $p50 $p99" >> "$work/slices"
  done
  sleep 1
  pg_rates+=("$(insert_rate "$slice")")
  ceiling=$(( (pg_rates[i - 1] + pg_rates[i]) / 2 ))
  awk -v i="$i" -v c="$ceiling" '$2 == i { print $1, $3, c, $4, $5 }' "$work/slices" >> "$work/ratios"
  printf "  round %d: pgbench %s/s, then %s\n" "$i" "${pg_rates[i - 1]}" \
    "$(awk -v i="$i" '$2 == i { printf "%s %s/s (p50 %s, p99 %s ms)  ", $1, $3, $4, $5 }' "$work/slices")"
done
echo "  pgbench after the last round: ${pg_rates[slices]}/s"

echo
echo "median over $slices slices of $slice s at $clients clients:"
printf "  %-10s %10s %10s %8s %8s %8s %8s\n" commit "req/s" "pgbench/s" ratio "p50 ms" "p99 ms" p99/p50
for v in "$old" "$new"; do
  awk -v v="$v" '$1 == v { print $2, $3 }' "$work/ratios" > "$work/r.$v"
  awk -v v="$v" '$1 == v { print $5, $4 }' "$work/ratios" > "$work/t.$v"
  printf "  %-10s %10s %10s %8.4f %8s %8s %8.2f\n" "$v" "$(awk '{ print $1 }' "$work/r.$v" | median)" \
    "$(awk '{ print $2 }' "$work/r.$v" | median)" "$(awk '{ print $1 / $2 }' "$work/r.$v" | median)" \
    "$(awk '{ print $2 }' "$work/t.$v" | median)" "$(awk '{ print $1 }' "$work/t.$v" | median)" \
    "$(awk '{ print $1 / $2 }' "$work/t.$v" | median)"
  ratio "compare.$v.rate_vs_insert" "$(awk '{ print $1 / $2 }' "$work/r.$v" | median)" 1 higher
done

echo
for v in "$old" "$new"; do
  n=$(( $(sql "c$v" "SELECT count(*) FROM support_request") - reg_before[$v] ))
  xacts=$(( $(sql postgres "SELECT xact_commit FROM pg_stat_database WHERE datname = 'c$v'") - xact_before[$v] ))
  hz=$(getconf CLK_TCK)
  app_cpu=$(( $(ticks "/proc/${pid_of[$v]}/stat") - app_cpu_before[$v] ))
  db_cpu=$(( $(backend_ticks "c$v") - db_cpu_before[$v] ))
  echo "$v: $n registrations in the measured slices; CPU per registration: app $(echo "scale=3; 1000 * $app_cpu / $hz / $n" | bc) ms," \
    "PostgreSQL backends $(echo "scale=3; 1000 * $db_cpu / $hz / $n" | bc) ms"
  echo "  $(echo "scale=3; $xacts / $n" | bc) commits per registration; SQL per registration:"
  sql "c$v" "SELECT to_char(s.calls::numeric / $n, '990.999') || ' calls  ' || to_char(s.total_exec_time / s.calls, '990.999') || ' ms  '
      || to_char(s.rows::numeric / s.calls, '9990.9') || ' rows  ' || left(regexp_replace(s.query, '\s+', ' ', 'g'), 150)
    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
    WHERE d.datname = 'c$v' AND s.calls > $n / 100 ORDER BY s.calls DESC, s.total_exec_time DESC LIMIT 25" | sed 's/^/  /'
  echo "  in all: $(sql "c$v" "SELECT to_char(sum(s.calls)::numeric / $n, '990.99') || ' statements and ' || to_char(sum(s.total_exec_time) / $n, '990.999')
    || ' ms of server time per registration' FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = 'c$v'")"
done

if [ -z "${NO_JFR:-}" ]; then
  echo
  echo "JFR (settings=profile) in both, $(( slices * slice )) s of load on each, taking turns:"
  for v in "$old" "$new"; do jcmd "${pid_of[$v]}" JFR.start name=compare settings=profile > /dev/null; done
  for i in $(seq 1 "$slices"); do for v in "$old" "$new"; do wrk_slice "$v" "$slice" > /dev/null; done; done
  for v in "$old" "$new"; do
    jcmd "${pid_of[$v]}" JFR.stop name=compare filename="$work/$v.jfr" > /dev/null
    [ -n "${KEEP_JFR:-}" ] && cp "$work/$v.jfr" "$KEEP_JFR.$v.jfr"
    echo "== $v"
    jfr_top "$work/$v.jfr" 25 | sed 's/^/  /'
  done
fi
machine_load
