#!/usr/bin/env bash
# Start time (issue 18 item 5, target: UP in under 8 s): Pagalba as shipped (embedded PostgreSQL)
# started on existing data (migrated by a first start, not timed), from the launch of java until
# /actuator/health answers UP, in three forms taking turns so that a neighbour's build hits all
# alike: the executable jar; the jar extracted (java -Djarmode=tools … extract); the extracted jar
# with a CDS archive from a training run (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh,
# as Spring Boot's documentation describes). There is no ceiling to measure in the same run: the
# forms are compared with one another and with the target; one more start of the jar shows where its
# time goes (the moments its log names). Spring AOT is left out: it fixes at build time the beans that
# properties switch on at start (the embedded or an external database, the mail sender, the mailbox
# poller, scheduled jobs), which this app decides at start. Run `./mvnw -DskipTests package` first.
# Usage: bench/run-start.sh [starts-per-form]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
source bench/lib.sh
machine_load
jar=${JAR:-$(ls target/pagalba-*.jar | head -1)}
work=$(mktemp -d /tmp/pagalba-start.XXXXXX)
on_exit "rm -rf '$work'"
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
extracted="$work/app/$(basename "$jar")"

# start_once JAVA-ARGS…: seconds from launch to UP, the JVM's CPU seconds until then, and the app's
# own "Started … in" figure
# (LOGS: more logging options, for the breakdown below)
start_once() {
  local port t0 pid
  port=$(free_port)
  t0=$(date +%s.%N)
  PAGALBA_DATA_DIR="$work/data" PAGALBA_ADMIN_PASSWORD=bench-admin-password SERVER_PORT=$port \
    java ${JAVA_OPTS:--Xmx2g} "$@" --logging.level.root=WARN --logging.level.lt.pagalba.PagalbaApplication=INFO ${LOGS:-} \
    > "$work/start.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" 2> /dev/null | grep -q UP; do
    kill -0 "$pid" 2> /dev/null || { echo "the app did not start:" >&2; tail -20 "$work/start.log" >&2; exit 1; }
    sleep 0.05
  done
  local up cpu
  up=$(echo "$(date +%s.%N) - $t0" | bc)
  # the CPU the JVM spent until then (all its threads): what a start costs, whatever the neighbours do
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$pid/stat")
  kill "$pid"
  wait "$pid" 2> /dev/null || true
  echo "$up $cpu $(sed -nE 's/.*Started [A-Za-z]+ in ([0-9.]+) seconds.*/\1/p' "$work/start.log" | head -1)"
}

echo "first start (a fresh database: initdb and every migration, not timed): $(start_once -jar "$jar" | awk '{ print $1 }') s"
t0=$(date +%s.%N)
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" > "$work/training.log" 2>&1 \
  < /dev/null || true
[ -s "$work/app.jsa" ] || { echo "no CDS archive written:" >&2; tail -20 "$work/training.log" >&2; exit 1; }
echo "training run for the CDS archive: $(echo "$(date +%s.%N) - $t0" | bc) s, archive $(du -m "$work/app.jsa" | cut -f1) MB"

forms=("jar|-jar $jar" "extracted|-jar $extracted" "extracted + CDS|-XX:SharedArchiveFile=$work/app.jsa -Xshare:auto -jar $extracted")
for i in $(seq 1 "$runs"); do
  for form in "${forms[@]}"; do
    name=${form%%|*}
    read -r up cpu started <<< "$(start_once ${form#*|})"
    echo "$name|$up|$started|$cpu" >> "$work/starts"
    printf "  %-16s start %d: UP after %5.2f s, %5.2f s of CPU (Spring: started in %s s)\n" "$name" "$i" "$up" "$cpu" "$started"
  done
done
echo "median over $runs starts each, launch to UP on /actuator/health (target: under 8 s):"
for form in "${forms[@]}"; do
  name=${form%%|*}
  printf "  %-16s %5.2f s, %5.2f s of CPU   (Spring's own figure %s s)\n" "$name" \
    "$(awk -F'|' -v n="$name" '$1 == n { print $2 }' "$work/starts" | median)" \
    "$(awk -F'|' -v n="$name" '$1 == n { print $4 }' "$work/starts" | median)" \
    "$(awk -F'|' -v n="$name" '$1 == n { print $3 }' "$work/starts" | median)"
done

# where one start of the jar goes: the moments its log names, in seconds since the JVM started
LOGS="--logging.level.lt.pagalba=INFO --logging.level.com.zaxxer.hikari=INFO --logging.level.org.flywaydb=INFO
  --logging.level.org.springframework.boot=INFO --logging.level.org.springframework.boot.tomcat=INFO" start_once -jar "$jar" > /dev/null
echo "one start of the jar, moments from its log (seconds since the JVM started):"
python3 - "$work/start.log" <<'PY'
import re, sys
from datetime import datetime
lines = open(sys.argv[1], encoding="utf-8", errors="replace").read().splitlines()
stamp = lambda l: datetime.fromisoformat(l.split()[0].replace("Z", "+00:00"))
started = next(l for l in lines if "Started " in l and "process running for" in l)
jvm = stamp(started).timestamp() - float(re.search(r"process running for ([0-9.]+)", started).group(1))
marks = [("Starting ", "Spring Boot starts"), ("Starting embedded PostgreSQL", "embedded PostgreSQL starting"),
         ("Start completed", "connection pool ready (PostgreSQL up)"), ("Successfully validated", "Flyway validated the migrations"),
         ("is up to date", "Flyway: schema up to date"), ("Tomcat started", "Tomcat listening"), ("Started ", "application started")]
for key, what in marks:
    hit = next((l for l in lines if key in l and l[:4].isdigit()), None)
    if hit:
        print(f"  {stamp(hit).timestamp() - jvm:6.2f} s  {what}")
PY
machine_load
