#!/usr/bin/env bash
# Memory (issue 18 item 5): the registration load (bench/run-registration.sh, with its ceiling) on a
# 384 MB heap, the JVM's GC log written beside it; then every GC pause of the run summed up. An
# OutOfMemoryError ends the app at once (-XX:+ExitOnOutOfMemoryError), so the bench fails with it.
# Usage: bench/run-memory.sh [seconds] [clients] [heap]   (defaults 30, 32, 384m)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
clients=${2:-32}
heap=${3:-384m}
source bench/lib.sh
gclog=$(mktemp /tmp/pagalba-gc.XXXXXX)
on_exit 'rm -f "$gclog" "$gclog.pauses"'
JAVA_OPTS="-Xmx$heap -XX:+ExitOnOutOfMemoryError -Xlog:gc:file=$gclog:uptime:filecount=0" bench/run-registration.sh "$seconds" "$clients"

# "[12.345s] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 150M->30M(384M) 3.456ms"
echo "GC on -Xmx$heap, over the app's whole life (start, warm-up, slices):"
awk '/Pause/ {
  ms = $NF; sub(/ms$/, "", ms); ms += 0; n++; total += ms; if (ms > max) max = ms
  kind = $0; sub(/.*Pause /, "", kind); sub(/ \(.*|  *[0-9].*/, "", kind); kinds[kind]++
  if ($0 ~ /Pause (Young|Full)/ && match($0, /->[0-9]+M/)) { after = substr($0, RSTART + 2, RLENGTH - 3) + 0; if (after > live) live = after }
  print ms > "/dev/stderr"
  t = $1; gsub(/[\[\]s]/, "", t); last = t
}
END {
  printf "  %d pauses, %.0f ms in all (%.2f %% of %.0f s), longest %.1f ms; heap after a collection at most %d MB\n", n, total, 100 * total / (last * 1000), last, max, live
  for (k in kinds) printf "  %-24s %d\n", k, kinds[k]
}' "$gclog" 2> "$gclog.pauses"
echo "  pause p50 $(percentile 50 < "$gclog.pauses") ms, p99 $(percentile 99 < "$gclog.pauses") ms"
if grep -q "Pause Full" "$gclog"; then echo "  FULL GC seen: the heap was too small for a moment"; fi
