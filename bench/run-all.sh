#!/usr/bin/env bash
# The guard (issue 18): every bench, briefly (about 3 minutes in all), each ratio to its ceiling
# compared with the one recorded in bench/baseline.tsv. Exits non-zero when a ratio is more than 20 %
# worse than recorded: below 0.8 x for a rate against its ceiling ("higher" is better), above
# 1.2 x for a time against its ceiling ("lower" is better). A bench whose ratio misses is run once
# more and judged by the better of its two runs, as one run on a shared machine can be unlucky.
# Run it before every submission that touches a hot path:
#   ./mvnw -q -B -DskipTests package && bench/run-all.sh
# bench/run-all.sh --record runs every bench three times and writes the median of each ratio to
# bench/baseline.tsv (after an improvement was accepted; say so in bench/RESULTS.md): one run may be
# lucky or unlucky by a third on this machine. Logs: target/bench-all/.
set -euo pipefail
cd "$(dirname "$0")/.."
record=${1:-}
out=target/bench-all
mkdir -p "$out"
baseline=bench/baseline.tsv

# name and command of each bench; the baseline was recorded with exactly these arguments (registration
# with the flat 20 s warm-up it had then: the steady state takes a minute and more to reach)
benches=(
  "registration|env WARMUP=20 bench/run-registration.sh 10 32"
  "usage|bench/run-usage.sh 10000 6"
  "billing|bench/run-billing.sh 1000 200 8"
  "intake|bench/run-intake.sh 2000"
)

recorded() { awk -F'\t' -v k="$1" '$1 == k { print $2 " " $3 }' "$baseline"; }
# judge KEY VALUE: "ok", "worse" or "new", by the recorded ratio and its direction
judge() {
  local rec better
  read -r rec better <<< "$(recorded "$1")"
  if [ -z "${rec:-}" ]; then echo new; return; fi
  if [ "$better" = higher ]; then
    [ "$(echo "$2 >= $rec * 0.8" | bc -l)" = 1 ] && echo ok || echo worse
  else
    [ "$(echo "$2 <= $rec * 1.2" | bc -l)" = 1 ] && echo ok || echo worse
  fi
}
# better VALUE OTHER DIRECTION: the better of two ratios
better() { if [ "$3" = higher ]; then echo "$1 $2" | tr ' ' '\n' | sort -g | tail -1; else echo "$1 $2" | tr ' ' '\n' | sort -g | head -1; fi; }

echo "load before: $(uptime | sed 's/.*load average: //')"
t0=$(date +%s)
declare -A value direction runs
failed=0
rounds=1
[ "$record" = --record ] && rounds=3
for round in $(seq 1 "$rounds"); do
for entry in "${benches[@]}"; do
  name=${entry%%|*}
  command=${entry#*|}
  # recording takes every round as it comes (the median of three); checking retries a miss once
  attempts=2
  [ "$record" = --record ] && attempts=1 && unset value && declare -A value
  for attempt in $(seq 1 "$attempts"); do
    log="$out/$name.$round.$attempt.log"
    if [ "$attempt" = 1 ]; then echo "== $command"; else echo "== $command (again: a ratio missed)"; fi
    if ! $command > "$log" 2>&1; then
      echo "   $name failed (exit status), see $log"
      tail -5 "$log" | sed 's/^/   /'
      failed=1
      break
    fi
    missed=0
    while read -r _ key r dir _; do
      if [ -n "${value[$key]:-}" ]; then r=$(better "$r" "${value[$key]}" "$dir"); fi
      value[$key]=$r
      direction[$key]=$dir
      [ "$(judge "$key" "$r")" = worse ] && missed=1
    done < <(grep '^RATIO' "$log")
    grep -E '^(RATIO|pgbench|registrations|GET|billing run|ceiling|invoice|intake)' "$log" | sed 's/^/   /'
    [ "$missed" = 0 ] && break
  done
  if [ "$record" = --record ]; then
    for key in "${!value[@]}"; do runs[$key]="${runs[$key]:-} ${value[$key]}"; done
  fi
done
done
if [ "$record" = --record ]; then
  unset value
  declare -A value
  for key in "${!runs[@]}"; do value[$key]=$(echo "${runs[$key]}" | tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'); done
fi

echo
printf "%-32s %10s %10s %8s  %s\n" ratio "this run" recorded better verdict
for key in $(printf '%s\n' "${!value[@]}" | sort); do
  read -r rec _ <<< "$(recorded "$key")"
  if [ "$record" = --record ]; then verdict="recorded (median of: $(echo ${runs[$key]}))"; else
    verdict=$(judge "$key" "${value[$key]}")
    [ "$verdict" = worse ] && failed=1
  fi
  printf "%-32s %10s %10s %8s  %s\n" "$key" "${value[$key]}" "${rec:--}" "${direction[$key]}" "$verdict"
done
echo "took $(( $(date +%s) - t0 )) s; load after: $(uptime | sed 's/.*load average: //')"

if [ "$record" = --record ]; then
  {
    echo -e "# ratio\trecorded\tbetter\tdate\tcommit\truns\t(median of three, written by bench/run-all.sh --record; see bench/RESULTS.md)"
    for key in $(printf '%s\n' "${!value[@]}" | sort); do
      echo -e "$key\t${value[$key]}\t${direction[$key]}\t$(date -u +%Y-%m-%d)\t$(git rev-parse --short HEAD)\t$(echo ${runs[$key]})"
    done
  } > "$baseline"
  echo "recorded in $baseline"
  exit 0
fi
[ "$failed" = 0 ] && echo "PASS: no ratio more than 20 % worse than recorded" || echo "FAIL: see above"
exit "$failed"
