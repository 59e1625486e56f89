#!/usr/bin/env bash
# What writing one work entry costs in PostgreSQL (issue 17: the monthly sums' triggers, V82, run in the
# writing statement): on the scale data of bench/scale-data.sh kept in PG_KEEP (run bench/run-reports.sh
# or run-scale.sh with PG_KEEP first), pgbench writes single entries of random clients and days of the last
# year, and a correction of a random entry, each in a transaction it rolls back (the data stays as it was;
# the triggers have run by then, the commit's flush, the same with or without them, is left out). With the
# monthly sums' triggers there (V82), slices without them (disabled between slices, not during one) take
# turns with slices with them, so both figures come from the same server in the same minutes.
# Usage: PG_KEEP=/tmp/DIR bench/run-entry-write.sh [seconds]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
[ -n "${PG_KEEP:-}" ] && [ -d "$PG_KEEP/data" ] || { echo "PG_KEEP=DIR with the scale data, please" >&2; exit 2; }
source bench/lib.sh
pg_start
echo "migrations: $(sql pagalba "SELECT max(version::int) FROM flyway_schema_history WHERE success")," \
     "triggers on work_entry: $(sql pagalba "SELECT string_agg(tgname, ' ' ORDER BY tgname) FROM pg_trigger WHERE tgrelid = 'work_entry'::regclass AND NOT tgisinternal")"
sql pagalba "DROP TABLE IF EXISTS bench_write_pick; CREATE UNLOGGED TABLE bench_write_pick AS
  SELECT row_number() OVER () AS n, e.id, e.request_id, e.client_id, e.consultant FROM work_entry e TABLESAMPLE SYSTEM (1)
  WHERE e.corrects IS NULL AND e.deleted_at IS NULL LIMIT 10000"
picks=$(sql pagalba "SELECT count(*) FROM bench_write_pick")
on_exit "sql pagalba 'DROP TABLE IF EXISTS bench_write_pick' || true"
cat > "$pgdir/entry.sql" <<SQL
\set n random(1, $picks)
\set back random(0, 364)
BEGIN;
INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, created_at, created_by)
SELECT gen_random_uuid(), request_id, client_id, consultant, current_date - :back, 17, 'PHONE', 'CONSULTATION', 'bench', now(), consultant
FROM bench_write_pick WHERE n = :n;
ROLLBACK;
SQL
cat > "$pgdir/correction.sql" <<SQL
\set n random(1, $picks)
BEGIN;
INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, reason, corrects, created_at, created_by)
SELECT gen_random_uuid(), request_id, client_id, consultant, current_date, -1, 'PHONE', 'CONSULTATION', 'bench', 'bench', id, now(), consultant
FROM bench_write_pick WHERE n = :n;
ROLLBACK;
SQL
chown postgres: "$pgdir/entry.sql" "$pgdir/correction.sql"
sums=$(sql pagalba "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'work_entry'::regclass AND tgname LIKE 'work_month_%'")
toggle() { [ "$sums" = 0 ] || sql pagalba "ALTER TABLE work_entry $1 TRIGGER work_month_inserted"; }
on_exit "toggle ENABLE || true"
for script in entry correction; do
  for slice in 1 2 3; do
    for with in without with; do
      if [ "$with" = without ]; then [ "$sums" = 0 ] && continue; toggle DISABLE; else toggle ENABLE; fi
      printf '%-12s slice %s, %-7s the sums trigger: ' "$script" "$slice" "$with"
      pgb -n -c 1 -T "$seconds" -f "$script.sql" pagalba 2>&1 | grep -E "latency average" | sed -E 's/.*= //'
    done
  done
done
machine_load
