#!/usr/bin/env bash
# Mail intake against its ceiling (issues 6 and 18): a GreenMail IMAP mailbox holding 5,000 messages
# (four in five from known contacts, one in five from strangers who get an automatic reply), Pagalba
# reading it into a database on a throwaway cluster (fsync on) until every message is a request
# (lt.pagalba.inbox.IntakeBenchmark); beside it, the same number of messages of the same shape read
# from GreenMail with plain Jakarta Mail, fetched, parsed and flagged in the same batches
# (lt.pagalba.inbox.MailboxReadCeiling). Both are test-scope classes: this script compiles them.
# Usage: bench/run-intake.sh [messages]   (default 5000; compare ratios only at the same count, as
# GreenMail's cost grows with the folder)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-5000}
source bench/lib.sh
machine_load
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
pg_start
sql postgres "CREATE DATABASE pagalba"
data=$(mktemp -d /tmp/pagalba-bench.XXXXXX)
on_exit "rm -rf '$data'"

ceiling() { java ${JAVA_OPTS:--Xmx2g} -cp "$cp" lt.pagalba.inbox.MailboxReadCeiling "$count" | awk '/^CEILING/ { print $9 }'; }
# the ceiling just before and just after the intake, as neighbours' load comes and goes
before=$(ceiling)
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pgport/pagalba" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE=20 java ${JAVA_OPTS:--Xmx2g} -cp "$cp" lt.pagalba.inbox.IntakeBenchmark "$count" "$data" \
  | tee "$data/intake.txt" | grep -E "^intake|^inbound"
rate=$(sed -nE 's/^intake: .* = ([0-9]+) messages per second/\1/p' "$data/intake.txt")
after=$(ceiling)
ceiling=$(( (before + after) / 2 ))
echo "ceiling: the same $count messages read from GreenMail with plain Jakarta Mail: $ceiling messages per second ($before before, $after after)"
ratio intake.rate_vs_read "$rate" "$ceiling" higher
machine_load
