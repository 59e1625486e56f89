# Sourced by the bench scripts. Figures on the shared 2-core machines move by a factor of two from
# day to day, so every bench measures its ceiling on the same server in the same run and prints the
# ratio; this file holds what they share:
#   pg_start               a throwaway PostgreSQL cluster from Debian's postgresql package (fsync and
#                          synchronous_commit on, its own port and data directory under /tmp; PG_KEEP=DIR
#                          keeps it in DIR for the next run)
#   app_start DB [args]    Pagalba from the built jar ($JAR) against database DB of that cluster
#   ratio KEY FIG CEIL B   prints "RATIO key value higher|lower figure ceiling" for bench/run-all.sh
#   ratio_median           the same as the median over slices where figure and ceiling took turns
#   sql_capture, sql_bare  the SQL behind one HTTP answer, from the server's log, and its bare replay
#   server_ms, explain     server-side percentiles from Tomcat's access log; plans as markdown
#   page_session, measure_case, scale_data
#                          a page login; one case of a read bench beside its bare SQL; the scale data
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
  pgport=$(free_port)
  if [ -n "${PG_KEEP:-}" ]; then
    # PG_KEEP=DIR keeps the cluster in DIR after the run and starts the one found there, so a second
    # run of a scale bench skips writing its data (the app migrates it to the code under test)
    pgdir=$PG_KEEP
    mkdir -p "$pgdir"
    on_exit 'as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop > /dev/null 2>&1'
  else
    pgdir=$(mktemp -d /tmp/pagalba-pg.XXXXXX)
    on_exit 'as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop > /dev/null 2>&1; rm -rf "$pgdir"'
  fi
  chown postgres: "$pgdir"
  # C.UTF-8 as the embedded server gets it from this machine's LANG; the WAL settings are the
  # embedded server's own (EmbeddedDatabaseConfiguration), so the app sees the server it ships with
  [ -d "$pgdir/data" ] || as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$pgdir/initdb.log"
  # jit=off: the embedded server's binaries (zonky) are built without LLVM, so it never compiles a
  # query; Debian's does, and spent up to 2 s of a report's time compiling
  local opts attempt
  # a port free when chosen may be taken before the server binds it (another bench starting): three tries,
  # each on a new port; the server's own words when the last one fails
  for attempt in 1 2 3; do
    opts="-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c jit=off"
    opts+=" -c full_page_writes=on -c max_wal_size=4GB -c checkpoint_timeout=15min -c wal_compression=on"
    opts+=" -c max_connections=200 -c logging_collector=on -c log_destination=jsonlog -c log_directory=$pgdir/log"
    as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 -o "$opts ${PG_OPTS:-}" start > /dev/null && break
    if [ "$attempt" = 3 ]; then
      tail -5 "$pgdir/server.log" "$pgdir"/log/*.json 2> /dev/null >&2 || true
      return 1
    fi
    echo "PostgreSQL did not start on port $pgport; again on another" >&2
    pgport=$(free_port)
  done
  echo "PostgreSQL $("$pgbin/postgres" -V | awk '{print $3}') on port $pgport (fsync on, synchronous_commit on, jit off), data in $pgdir"
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
    SERVER_PORT=$appport java ${JAVA_OPTS:--Xmx2g} -XX:FlightRecorderOptions=stackdepth=256 -jar "$jar" --logging.level.root=WARN "${logs[@]}" "$@" > "$appdir/app.log" 2>&1 &
  app_pid=$!
  on_exit "app_stop $app_pid; rm -rf '$appdir'"
  for _ in $(seq 1 480); do
    curl -sf "$base/actuator/health" > /dev/null && break
    kill -0 "$app_pid" 2> /dev/null || { echo "the app did not start:" >&2; tail -30 "$appdir/app.log" >&2; exit 1; }
    sleep 0.25
  done
}

app_stop() { kill "${1:-$app_pid}" 2> /dev/null || return 0; wait "${1:-$app_pid}" 2> /dev/null || true; }
# jfr_top RECORDING N: where the app's CPU went in a JFR recording (bench/jfr-top.py, its N busiest methods).
# app_start records stacks 256 frames deep: at JFR's default of 64 a request's stack lost its lower frames
# (the servlet filters, Pagalba's controllers), and their inclusive shares came out too small
jfr_top() { jfr print --events jdk.ExecutionSample --stack-depth 256 "$1" | python3 bench/jfr-top.py "$2"; }

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

# CPU ticks (user + system) in /proc stat files: ticks FILE…; of the backends serving a database of
# the cluster (default pagalba); of a process's JIT compiler threads alone
ticks() { awk '{ s += $14 + $15 } END { print s + 0 }' "$@" 2> /dev/null || echo 0; }
backend_ticks() { ticks $(sql postgres "SELECT '/proc/' || pid || '/stat' FROM pg_stat_activity WHERE datname = '${1:-pagalba}'"); }
jit_ticks() {
  local t s=0
  for t in /proc/"$1"/task/*; do
    # the thread's name has a space ("C2 CompilerThre"): its fields are counted after the name's ")"
    case "$(cat "$t/comm" 2> /dev/null)" in
      C1\ Compiler*|C2\ Compiler*) s=$(( s + $(sed 's/.*) //' "$t/stat" | awk '{ print $12 + $13 }') ));;
    esac
  done
  echo "$s"
}

# warm_up PID MIN MAX OUT CMD…: runs CMD (a load of some seconds) again and again, MIN to MAX seconds
# in all, appending its output to file OUT, until the app's JIT compilers took under 5 % of its CPU in
# the last round: what comes after is the steady state of a server that has run for a while, not the
# JIT compiling the code under load (on 2 cores that took half the app's CPU for a minute and more).
# Prints one line of what it did.
warm_up() {
  local pid=$1 min=$2 max=$3 out=$4 t0 app jit share=100 rounds=0
  shift 4
  t0=$(date +%s)
  while :; do
    app=$(ticks "/proc/$pid/stat"); jit=$(jit_ticks "$pid")
    "$@" >> "$out"
    rounds=$(( rounds + 1 ))
    app=$(( $(ticks "/proc/$pid/stat") - app )); jit=$(( $(jit_ticks "$pid") - jit ))
    share=$(( app > 0 ? 100 * jit / app : 100 ))
    local spent=$(( $(date +%s) - t0 ))
    if [ "$spent" -ge "$min" ] && { [ "$share" -lt 5 ] || [ "$spent" -ge "$max" ]; }; then
      echo "warm-up: $spent s in $rounds rounds; the JIT compilers took $share % of the app's CPU in the last one"
      return
    fi
  done
}

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
# sql_bare DB OUT SECONDS [.params]: replays OUT.sql (the reads of one answer, each prepared once with its
# values written in, so planned once) or, with ".params", OUT.params.sql (each prepared with its parameters and
# executed with their values, as the app's driver sends it, so planned as the app's are) on one connection as
# fast as it goes; prints p50 and p95 of a whole replay in ms
sql_bare() {
  local prefix="bare$RANDOM"
  cp "$2${4:-}.sql" "$pgdir/$prefix.sql"
  pgb -n -c 1 -j 1 -T "$3" -D prepared=0 -f "$prefix.sql" -l --log-prefix="$prefix" "$1" > /dev/null
  local times
  times=$(cat "$pgdir/$prefix".[0-9]* | awk '{ print $3 / 1000 }')
  rm -f "$pgdir/$prefix".*
  echo "$(echo "$times" | percentile 50) $(echo "$times" | percentile 95)"
}
# sql_bare_both DB OUT SECONDS: the p95 of OUT's reads planned once, then of the same as the driver sends them
sql_bare_both() {
  echo "$(sql_bare "$1" "$2" "$3" | cut -d' ' -f2) $(sql_bare "$1" "$2" "$3" .params | cut -d' ' -f2)"
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

# page_session JAR: a page session of the first administrator through the login form (its CSRF
# token, then the form login, cookies in file JAR); sets cookie to "SESSION=…" (Spring Session in
# PostgreSQL; JSESSIONID before it)
page_session() {
  local jar=$1 csrf
  csrf=$(curl -sf -c "$jar" -b "$jar" "$base/login" | grep -oE 'name="_csrf"[^>]*value="[^"]+"' | sed -E 's/.*value="([^"]+)"/\1/')
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$csrf" "$base/login"
  cookie="$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { print $6 "=" $7 }' "$jar" | tail -1)"
}

# measure_case N NAME AUTH PATH: one case of a read bench (run-scale.sh, run-reports.sh). AUTH is
# "api" (the token in $PAGALBA_TOKEN) or "page" (the session in $cookie). One answer is kept, a
# warm-up (until the JIT is done, see below), the SQL behind one answer captured (sql_capture); then three slices of wrk on one
# connection, each between two replays of the bare SQL (sql_bare_both: planned once with its values written in,
# and as the app's driver sends it) on database $db (default pagalba),
# each of $slice seconds; JFR=1 records the app's CPU over the slices. Prints one line; appends a
# markdown row to $table and the plans of its reads (every read of LIMIT_PLAN_MS, default 1 ms, or
# more, and the slowest) to $plans; files in $out. Verdict: "met" unless the median ratio (to the SQL as sent) is over
# LIMIT_RATIO (empty: no ratio target) or the p95 at or over LIMIT_MS.
measure_case() {
  local n=$1 name=$2 auth=$3 path=$4 database=${db:-pagalba} hdr status total reads writes statements slowest
  local bare_before bare_after sent_before sent_after from answers errors p95 bare95 sent95 r r_planned_once verdict i index ms kind
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
  # warm-up on this case until the app's JIT compilers take under 5 % of its CPU (at least a slice, at most
  # WARMUP_MAX seconds, default 120): a server that has run for a while. With one slice flat the first cases
  # were measured while their code still compiled (the journal page with a client filter spent 40 ms of the
  # app's CPU per answer after 10 s, 16 ms after 80 s). WARMUP=S makes it S seconds flat.
  if [ -n "${WARMUP:-}" ]; then
    wrk -t1 -c1 -d"${WARMUP}"s -s bench/get.lua "$base$path" > /dev/null
    echo "warm-up: $WARMUP s" > "$out/case$n.warm"
  else
    warm_up "$app_pid" "$slice" "${WARMUP_MAX:-120}" /dev/null wrk -t1 -c1 -d${slice}s -s bench/get.lua "$base$path" > "$out/case$n.warm"
  fi
  read -r statements reads writes _ <<< "$(sql_capture "$out/case$n" "${hdr[@]}" "$base$path")"
  : > "$out/case$n.slices"
  read -r bare_before sent_before <<< "$(sql_bare_both "$database" "$out/case$n" "$slice")"
  [ -n "${JFR:-}" ] && jcmd "$app_pid" JFR.start name=case$n settings=profile > /dev/null
  for i in 1 2 3; do
    from=$(access_lines)
    read -r _ answers _ _ _ _ _ _ _ errors <<< "$(wrk -t1 -c1 -d${slice}s --timeout 30s -s bench/get.lua "$base$path" | grep REQUESTS)"
    # wrk leaves the answer in flight at its end; the server logs it when done (an answer slower than
    # the slice is logged only then), so wait for it, at most 30 s
    for _ in $(seq 1 300); do [ "$(access_lines)" -gt "$(( from + answers ))" ] && break; sleep 0.1; done
    p95=$(server_ms "$from" "$path" 95)
    read -r bare_after sent_after <<< "$(sql_bare_both "$database" "$out/case$n" "$slice")"
    echo "$p95 $(echo "$bare_before $bare_after" | tr ' ' '\n' | mean) $answers $errors" \
      "$(echo "$sent_before $sent_after" | tr ' ' '\n' | mean)" >> "$out/case$n.slices"
    bare_before=$bare_after
    sent_before=$sent_after
  done
  if [ -n "${JFR:-}" ]; then
    jcmd "$app_pid" JFR.stop name=case$n filename="$out/case$n.jfr" > /dev/null
    jfr_top "$out/case$n.jfr" 15 > "$out/case$n.jfr.txt"
  fi
  p95=$(awk '{ print $1 }' "$out/case$n.slices" | median)
  bare95=$(awk '{ print $2 }' "$out/case$n.slices" | median)
  sent95=$(awk '{ print $5 }' "$out/case$n.slices" | median)
  # the target's ratio: to the reads as the app's driver sends them (planned as PostgreSQL plans the app's);
  # beside it the ratio to the same reads planned once for good, with their values written in
  r=$(awk '{ print $1 / $5 }' "$out/case$n.slices" | median)
  r_planned_once=$(awk '{ print $1 / $2 }' "$out/case$n.slices" | median)
  answers=$(awk '{ s += $3 } END { print s }' "$out/case$n.slices")
  errors=$(awk '{ s += $4 } END { print s }' "$out/case$n.slices")
  verdict=$(awk -v r="$r" -v p="$p95" -v e="$errors" -v lr="${LIMIT_RATIO-2}" -v lm="${LIMIT_MS:-50}" 'BEGIN { v = "";
    if (lr != "" && r > lr) v = v ", over " lr " x SQL"; if (p >= lm) v = v ", over " lm " ms"; if (e > 0) v = v ", " e " errors";
    print v == "" ? "met" : substr(v, 3) }')
  printf "%-44s %4s %8s ms  SQL as sent %8s ms  ratio %5.2f  (planned once %8s ms, %5.2f)  %2s reads  %s\n" "$name" "$status" \
    "$p95" "$sent95" "$r" "$bare95" "$r_planned_once" "$reads" "$verdict"
  statements="$reads"
  [ "$writes" -gt 0 ] && statements="$reads + $writes writes"
  printf "| %s | \`%s\` | %s | %s | %s | %s | %.2f | %s | %.2f | %s | %s |\n" "$name" "$path" "${total:-}" "$answers" "$p95" "$sent95" \
    "$r" "$bare95" "$r_planned_once" "$statements" "$verdict" >> "$table"
  # the plan of every read that took LIMIT_PLAN_MS or more, and of the slowest one in any case
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
    echo "$(cat "$out/case$n.warm")."
    echo
    echo "$reads reads, $writes writes for one answer; server-side times as logged:"
    echo
    awk -F'\t' '{ printf "- %s ms (%s): `%s…`\n", $2, $3, $4 }' "$out/case$n.tsv"
    echo
    while IFS=$'\t' read -r index ms kind _; do
      [ "$kind" = read ] || continue
      if [ "$index" = "$slowest" ] || [ "$(echo "$ms >= ${LIMIT_PLAN_MS:-1}" | bc -l)" = 1 ]; then
        echo "Read $index (logged $ms ms):"
        echo
        explain_one "$database" "$out/case$n.$index.sql"
        echo
      fi
    done < "$out/case$n.tsv"
  } >> "$plans"
}

# answer_floor SECONDS: the app's own cost of an answer, the floor under every case's figure: the server-side
# p95 (median of three slices, after one to warm up) of an authenticated API answer that runs no SQL, the
# working calendar (kept in memory), through the same Tomcat, security filters, Spring MVC and JSON as a case
answer_floor() {
  local path="/api/v1/working-calendar?year=$(date +%Y)" from i
  export PAGALBA_COOKIE=
  wrk -t1 -c1 -d"$1"s -s bench/get.lua "$base$path" > /dev/null
  for i in 1 2 3; do
    from=$(access_lines)
    wrk -t1 -c1 -d"$1"s -s bench/get.lua "$base$path" > /dev/null
    server_ms "$from" "$path" 95
  done | median
}

# data_line DB: the scale data's size in one sentence
data_line() {
  sql "$1" "SELECT 'Data: ' || (SELECT count(*) FROM client) || ' clients, ' || (SELECT count(*) FROM contact) || ' contacts, '
    || (SELECT count(*) FROM support_request) || ' requests, ' || (SELECT count(*) FROM request_assignment) || ' assignments, '
    || (SELECT count(*) FROM request_event) || ' timeline events, ' || (SELECT count(*) FROM work_entry) || ' work entries; database '
    || pg_size_pretty(pg_database_size(current_database())) || ', shared_buffers ' || current_setting('shared_buffers')"
}

# scale_data REQUESTS ENTRIES: bench/scale-data.sh into database pagalba, unless a kept cluster
# (PG_KEEP) has them already
scale_data() {
  local t0
  if [ "$(sql pagalba "SELECT count(*) FROM support_request")" -ge "$1" ]; then
    echo "the kept cluster has the data already"
    return
  fi
  t0=$(date +%s)
  bench/scale-data.sh "postgresql://postgres@127.0.0.1:$pgport/pagalba" "$1" "$2"
  echo "written in $(( $(date +%s) - t0 )) s"
}
