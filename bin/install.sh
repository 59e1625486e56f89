#!/usr/bin/env bash
# Builds Pagalba for production starts (issue 18 item 5): the jar extracted into target/pagalba-app
# (classes are then loaded from plain jars, not from jars nested in the jar) and a class-data sharing
# archive made by a training run that stops once the application context is refreshed. The training
# run uses a throwaway data directory and port, so it never touches the real data. After this,
# bin/start.sh starts in about 4 s instead of 9 (bench/RESULTS.md, "Start"). Run it again after every
# build or JDK update: the JVM refuses a stale archive and starts without it, no harm done.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
jar=$(ls target/pagalba-*.jar | grep -v original | head -1)
rm -rf target/pagalba-app
java -Djarmode=tools -jar "$jar" extract --destination target/pagalba-app
training=$(mktemp -d /tmp/pagalba-training.XXXXXX)
trap 'rm -rf "$training"' EXIT
(cd target/pagalba-app && PAGALBA_DATA_DIR="$training" PAGALBA_JOBS_ENABLED=false SERVER_PORT=0 \
  java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar "$(basename "$jar")" > "$training/training.log" 2>&1) \
  || { tail -20 "$training/training.log"; exit 1; }
echo "Installed in target/pagalba-app with a CDS archive ($(du -h target/pagalba-app/app.jsa | cut -f1)); start with bin/start.sh"
