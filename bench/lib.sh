# Sourced by the bench scripts. Figures on the shared 2-core machines move by a factor of two from
# day to day, so every bench measures its ceiling on the same server in the same run and prints the
# ratio; this file holds what they share:
#   pg_start               a throwaway PostgreSQL cluster from Debian's postgresql package (fsync and
#                          synchronous_commit on, its own port and data directory under /tmp)
#   app_start DB [args]    Pagalba from the built jar ($JAR) against database DB of that cluster
#   ratio KEY FIG CEIL B   prints "RATIO key value higher|lower figure ceiling" for bench/run-all.sh
#   ratio_median           the same as the median over slices where figure and ceiling took turns
#   sql_capture, sql_bare  the SQL behind one HTTP answer, from the server's log, and its bare replay
#   server_ms, explain     server-side percentiles from Tomcat's access log; plans as markdown
# Everything started is stopped and removed when the script exits (`on_exit` adds a step).

exit_steps=()
on_exit() { exit_steps=("$1" "${exit_steps[@]}"); }
run_exit_steps() { for step in "${exit_steps[@]}"; do eval "$step" || true; done; }
trap run_exit_steps EXIT
trap 'exit 130' INT TERM

# A port nothing listens on now; random, so benches of several worktrees can run at the same time.
free_port() {
  local p
  while :; do
    p=$(( 20000 + RANDOM % 30000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

as_pg() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }

pg_start() {
  pgbin=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
  if [ -z "$pgbin" ] || [ ! -x "$pgbin/pgbench" ]; then
    echo "installing Debian's postgresql package" >&2
    (apt-get install -y -q postgresql || { apt-get update -q && apt-get install -y -q postgresql; }) > /dev/null
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  pgdir=$(mktemp -d /tmp/pagalba-pg.XXXXXX)
  chown postgres: "$pgdir"
  pgport=$(free_port)
  on_exit 'as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop > /dev/null 2>&1; rm -rf "$pgdir"'
  # C.UTF-8 as the embedded server gets it from this machine's LANG; the WAL settings are the
  # embedded server's own (EmbeddedDatabaseConfiguration), so the app sees the server it ships with
  as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$pgdir/initdb.log"
  local opts="-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on"
  opts+=" -c full_page_writes=on -c max_wal_size=4GB -c checkpoint_timeout=15min -c wal_compression=on"
  opts+=" -c max_connections=200 -c logging_collector=on -c log_destination=jsonlog -c log_directory=$pgdir/log"
  as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 -o "$opts ${PG_OPTS:-}" start > /dev/null
  echo "PostgreSQL $("$pgbin/postgres" -V | awk '{print $3}') on port $pgport (fsync on, synchronous_commit on), data in $pgdir"
}

# psql on the cluster: sql DB "statements" (quiet, unaligned, stops at the first error)
sql() { "$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U postgres -d "$1" -qAtX -v ON_ERROR_STOP=1 -c "$2"; }
pgb() { (cd "$pgdir" && as_pg "$pgbin/pgbench" -h 127.0.0.1 -p "$pgport" -U postgres "$@"); }

# app_start DB [--spring.args…]: Pagalba from $JAR (default: target/pagalba-*.jar) against database
# DB of the cluster, with the embedded configuration's pool size, on a free port. Sets base, app_pid,
# appdir, password. JAVA_OPTS passes JVM options (default -Xmx2g); ACCESS_LOG=1 writes Tomcat's
# access log with server-side times to $appdir/access.log (see server_ms).
app_start() {
  local db=$1
  shift
  jar=${JAR:-$(ls target/pagalba-*.jar | head -1)}
  password=bench-admin-password
  appdir=$(mktemp -d /tmp/pagalba-bench.XXXXXX)
  appport=$(free_port)
  base=http://127.0.0.1:$appport
  sql postgres "CREATE DATABASE $db" 2> /dev/null || true
  local logs=()
  if [ -n "${ACCESS_LOG:-}" ]; then
    # server-side times: Tomcat's access log, request line, status and microseconds to answer it
    logs=(--server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$appdir"
      --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log --server.tomcat.accesslog.rotate=false
      --server.tomcat.accesslog.buffered=false '--server.tomcat.accesslog.pattern=%r|%s|%{us}T')
  fi
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pgport/$db" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE=20 PAGALBA_DATA_DIR="$appdir" PAGALBA_ADMIN_PASSWORD=$password \
    SERVER_PORT=$appport java ${JAVA_OPTS:--Xmx2g} -jar "$jar" --logging.level.root=WARN "${logs[@]}" "$@" > "$appdir/app.log" 2>&1 &
  app_pid=$!
  on_exit "app_stop $app_pid; rm -rf '$appdir'"
  for _ in $(seq 1 480); do
    curl -sf "$base/actuator/health" > /dev/null && break
    kill -0 "$app_pid" 2> /dev/null || { echo "the app did not start:" >&2; tail -30 "$appdir/app.log" >&2; exit 1; }
    sleep 0.25
  done
}

app_stop() { kill "${1:-$app_pid}" 2> /dev/null || return 0; wait "${1:-$app_pid}" 2> /dev/null || true; }

# An API token of the first administrator
api_token() {
  curl -sf -u "admin:$password" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "$base/api/v1/staff/admin/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}

# ratio KEY FIGURE CEILING higher|lower: the figure over its ceiling; "higher" when a larger ratio
# is better (a rate against the best rate), "lower" when a smaller one is (a time against the least time)
ratio() {
  local r
  r=$(echo "scale=6; $2 / $3" | bc -l | sed 's/^\./0./')
  printf "RATIO %s %.4f %s %s %s\n" "$1" "$r" "$4" "$2" "$3"
}
# ratio_median KEY FILE BETTER: the median over slices of column 1 / column 2 of FILE, printed
# with the median figure and ceiling
ratio_median() {
  printf "RATIO %s %.4f %s %s %s\n" "$1" "$(awk '{ print $1 / $2 }' "$2" | median)" "$3" \
    "$(awk '{ print $1 }' "$2" | median)" "$(awk '{ print $2 }' "$2" | median)"
}

# The p-th percentile (0-100) of the numbers on stdin, one per line
percentile() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; print v[i] }'; }

machine_load() { echo "load: $(uptime | sed 's/.*load average: //') ($(nproc) cores) at $(date -u '+%Y-%m-%d %H:%M UTC')"; }

# server_ms FROM-LINE PATH P: the P-th percentile (ms) of the answers to request lines "GET PATH"
# logged after line FROM-LINE of the access log
server_ms() {
  tail -n +"$(( $1 + 1 ))" "$appdir/access.log" | awk -F'|' -v r="GET $2 HTTP/1.1" '$1 == r { print $3 / 1000 }' | percentile "$3"
}
access_lines() { wc -l < "$appdir/access.log"; }

# The SQL behind one answer: with every statement logged, one request with curl (args: OUT, then
# curl's), then bench/capture.py picks that request's statements out of the log into OUT.*
sql_capture() {
  local out=$1 log offset marker
  shift
  log=$(sql postgres "SELECT pg_current_logfile('jsonlog')")
  sql postgres "ALTER SYSTEM SET log_min_duration_statement = 0"
  sql postgres "SELECT pg_reload_conf()" > /dev/null
  sleep 0.3
  offset=$(stat -c %s "$log")
  curl -sf -o /dev/null "$@"
  # the collector writes asynchronously: the capture is whole once a later statement is in the log
  marker="capture-$RANDOM$RANDOM"
  sql postgres "SELECT '$marker'" > /dev/null
  for _ in $(seq 1 50); do grep -q "$marker" "$log" && break; sleep 0.1; done
  sql postgres "ALTER SYSTEM RESET log_min_duration_statement"
  sql postgres "SELECT pg_reload_conf()" > /dev/null
  python3 bench/capture.py "$log" "$offset" "$out"
}
# sql_bare DB OUT SECONDS: replays OUT.sql (the reads of one answer, each prepared once) on one
# connection as fast as it goes; prints p50 and p95 of a whole replay in ms
sql_bare() {
  local prefix="bare$RANDOM"
  cp "$2.sql" "$pgdir/$prefix.sql"
  pgb -n -c 1 -j 1 -T "$3" -D prepared=0 -f "$prefix.sql" -l --log-prefix="$prefix" "$1" > /dev/null
  local times
  times=$(cat "$pgdir/$prefix".[0-9]* | awk '{ print $3 / 1000 }')
  rm -f "$pgdir/$prefix".*
  echo "$(echo "$times" | percentile 50) $(echo "$times" | percentile 95)"
}
# explain_one DB FILE: the statement in FILE and its EXPLAIN (ANALYZE, BUFFERS), as markdown
explain_one() {
  echo '```'
  tr '\n' ' ' < "$2" | sed -E 's/ +/ /g; s/;\s*$//'
  echo
  echo '```'
  echo '```'
  { printf 'EXPLAIN (ANALYZE, BUFFERS) '; cat "$2"; } | "$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U postgres -d "$1" -qAtX
  echo '```'
}
# explain DB OUT: explain_one of every read behind the answer
explain() {
  local f
  for f in $(ls "$2".[0-9]*.sql 2> /dev/null | sort -t. -k2 -n); do explain_one "$1" "$f"; done
}

# median of the numbers on stdin
median() { percentile 50; }
# mean of the numbers on stdin
mean() { awk '{ s += $1; n++ } END { if (n) printf "%.4f\n", s / n; else print "nan" }'; }
