#!/usr/bin/env bash
# Mail intake benchmark (issue 6): a GreenMail IMAP mailbox holding 5,000 messages (four in five from
# known contacts, one in five from strangers who get an automatic reply), Pagalba on a fresh durable
# database (fsync on) reading it, and the time until every message is a request. Runs
# lt.pagalba.inbox.IntakeBenchmark (src/test/java) on the test classpath, where GreenMail is.
# Usage: bench/run-intake.sh [messages]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-5000}
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
data=$(mktemp -d /tmp/pagalba-bench.XXXXXX)
trap 'rm -rf "$data"' EXIT
java ${JAVA_OPTS:--Xmx2g} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  lt.pagalba.inbox.IntakeBenchmark "$count" "$data"
