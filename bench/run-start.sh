#!/usr/bin/env bash
# Start time (issue 18 item 5, target: UP in under 8 s): Pagalba as shipped (embedded PostgreSQL)
# started on existing data (migrated by a first start, not timed), from the launch of java until
# /actuator/health answers UP, in three forms taking turns so that a neighbour's build hits all
# alike: the executable jar; the jar extracted (java -Djarmode=tools … extract); the extracted jar
# with a CDS archive from a training run (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh,
# as Spring Boot's documentation describes). There is no ceiling to measure in the same run: the
# forms are compared with one another and with the target. Run `./mvnw -DskipTests package` first.
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

# start_once JAVA-ARGS…: seconds from launch to UP, and the app's own "Started … in" figure
start_once() {
  local port t0 pid
  port=$(free_port)
  t0=$(date +%s.%N)
  PAGALBA_DATA_DIR="$work/data" PAGALBA_ADMIN_PASSWORD=bench-admin-password SERVER_PORT=$port \
    java ${JAVA_OPTS:--Xmx2g} "$@" --logging.level.root=WARN --logging.level.lt.pagalba.PagalbaApplication=INFO > "$work/start.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" 2> /dev/null | grep -q UP; do
    kill -0 "$pid" 2> /dev/null || { echo "the app did not start:" >&2; tail -20 "$work/start.log" >&2; exit 1; }
    sleep 0.05
  done
  local up
  up=$(echo "$(date +%s.%N) - $t0" | bc)
  kill "$pid"
  wait "$pid" 2> /dev/null || true
  echo "$up $(sed -nE 's/.*Started [A-Za-z]+ in ([0-9.]+) seconds.*/\1/p' "$work/start.log" | head -1)"
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
    read -r up started <<< "$(start_once ${form#*|})"
    echo "$name|$up|$started" >> "$work/starts"
    printf "  %-16s start %d: UP after %5.2f s (Spring: started in %s s)\n" "$name" "$i" "$up" "$started"
  done
done
echo "median over $runs starts each, launch to UP on /actuator/health (target: under 8 s):"
for form in "${forms[@]}"; do
  name=${form%%|*}
  printf "  %-16s %5.2f s   (Spring's own figure %s s)\n" "$name" \
    "$(awk -F'|' -v n="$name" '$1 == n { print $2 }' "$work/starts" | median)" \
    "$(awk -F'|' -v n="$name" '$1 == n { print $3 }' "$work/starts" | median)"
done
machine_load
