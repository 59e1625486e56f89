#!/usr/bin/env bash
# Starts the application installed by bin/install.sh, with its class-data sharing archive when there
# is one; the configuration is the same environment variables as for ./mvnw spring-boot:run. The
# data directory defaults to ./data of the checkout, as there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/target/pagalba-app"
[ -d "$app" ] || { echo "Run bin/install.sh first" >&2; exit 1; }
jar=$(cd "$app" && ls pagalba-*.jar | head -1)
export PAGALBA_DATA_DIR=${PAGALBA_DATA_DIR:-$root/data}
cds=()
[ -f "$app/app.jsa" ] && cds=(-XX:SharedArchiveFile="$app/app.jsa")
cd "$app"
exec java "${cds[@]}" ${JAVA_OPTS:-} -jar "$jar" "$@"
