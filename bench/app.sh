# Sourced by the bench scripts: starts Pagalba from the built jar on a fresh, durable data directory
# (fsync on), waits until it serves, stops it and removes the data on exit. Sets: data, base, password.
jar=$(ls target/pagalba-*.jar | head -1)
data=$(mktemp -d /tmp/pagalba-bench.XXXXXX)
password=bench-admin-password
port=${PORT:-18080}
base=http://127.0.0.1:$port
PAGALBA_DATA_DIR=$data PAGALBA_ADMIN_PASSWORD=$password SERVER_PORT=$port java ${JAVA_OPTS:--Xmx2g} -jar "$jar" \
  --logging.level.root=WARN --logging.level.lt.pagalba.billing=INFO > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf "$base/actuator/health" >/dev/null && break; sleep 0.5; done
