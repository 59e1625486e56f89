#!/usr/bin/env bash
# The request page with a long conversation against its ceiling (issue 12: under 150 ms on the server
# with 200 messages on its timeline). One request gets 80 replies (the outbox worker is off, so they
# stay queued), 40 internal notes and 20 calls through the API, and 60 of the client's e-mails (10 with
# a file) written with SQL as the mailbox intake stores them, each with its timeline entry. Then the
# request page over HTTP with an administrator's page session (wrk, one connection) takes turns with
# the bare SQL behind one answer (the statements the app ran, taken from the server's log and replayed
# with pgbench on the same server). Prints the server-side p95 (Tomcat's access log), the bare SQL's
# p95 and their ratio, and the CPU one page costs the app and PostgreSQL (what neighbours on the
# machine do not change); then the same for a request with nothing on it, the page's fixed cost.
# Run `./mvnw -DskipTests package` first; needs wrk, python3, Debian's postgresql and the shared bench
# helpers of issue 18 (bench/lib.sh, get.lua, capture.py, jfr-top.py).
# Usage: bench/run-conversation.sh [seconds]   (default 15); EXPLAIN_TO=file writes the plans of the
# page's reads, JFR=1 prints where the app's CPU went while it served the long conversation.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
source bench/lib.sh
machine_load
pg_start
ACCESS_LOG=1 app_start pagalba --pagalba.jobs.enabled=false
out=$(mktemp -d /tmp/pagalba-conversation.XXXXXX)
on_exit "rm -rf '$out'"

id() { sed -E 's/^\{"id":"([^"]+)".*/\1/'; }
export PAGALBA_TOKEN=$(api_token)
auth=(-H "Authorization: Bearer $PAGALBA_TOKEN" -H 'Content-Type: application/json')
new_request() { # summary
  curl -sf "${auth[@]}" -d "{\"channel\":\"PHONE\",\"companyName\":\"UAB Pokalbis\",\"contact\":{\"firstName\":\"Ona\",
    \"lastName\":\"Onaitė\",\"position\":\"Buhalterė\",\"phone\":\"+37061234567\",\"email\":\"ona@pokalbis.lt\"},
    \"summary\":\"$1\",\"description\":\"Klaida atidarant metinę ataskaitą\"}" "$base/api/v1/requests" | id
}
request=$(new_request "Neatsidaro metinė ataskaita")
empty=$(new_request "Be pokalbio")

# the client's e-mails first, spread over the last days, as the intake stores them (mail and timeline entry)
sql pagalba "CREATE TEMP TABLE mail AS
       SELECT gen_random_uuid() AS id, i, now() - make_interval(hours => 200 - i * 3) AS at FROM generate_series(1, 60) AS i;
     INSERT INTO inbound_message (id, message_key, message_id, from_address, from_name, subject, body_text, quoted_text,
                                  raw_size, status, request_id, received_at)
     SELECT id, 'bench-' || i, '<bench-' || i || '@pokalbis.lt>', 'ona@pokalbis.lt', 'Ona Onaitė',
            'Re: [ataskaita] ' || i, 'Laba diena,' || chr(10) || 'kliento atsakymas nr. ' || i || ': vis dar neatsidaro.',
            repeat('> ankstesnis laiškas, cituojama eilutė ' || i || chr(10), 12), 2000, 'JOINED', '$request', at
     FROM mail;
     INSERT INTO inbound_attachment (id, message_id, position, file_name, content_type, size, content)
     SELECT gen_random_uuid(), id, 0, 'ekrano nuotrauka ' || i || '.png', 'image/png', 3, '\\x89504e'::bytea
     FROM mail WHERE i % 6 = 0;
     INSERT INTO request_event (request_id, occurred_at, actor, kind, details)
     SELECT '$request', at, 'mail', 'EMAIL_RECEIVED', jsonb_build_object('inboundId', id::text, 'from', 'ona@pokalbis.lt',
            'subject', 'Re: [ataskaita] ' || i, 'text', '', 'attachments', '[]'::jsonb, 'refused', 0)
     FROM mail;"
for i in $(seq 1 80); do
  curl -sf "${auth[@]}" -d "{\"kind\":\"REPLY\",\"body\":\"Laba diena,\\n\\natsakymas nr. $i: *patikrinkite* nustatymus.\\n- pirma\\n- antra\"}" \
    "$base/api/v1/requests/$request/messages" > /dev/null
done
for i in $(seq 1 40); do
  curl -sf "${auth[@]}" -d "{\"kind\":\"NOTE\",\"body\":\"Vidinė pastaba nr. $i\"}" "$base/api/v1/requests/$request/messages" > /dev/null
done
for i in $(seq 1 20); do
  curl -sf "${auth[@]}" -d "{\"direction\":\"OUTBOUND\",\"minutes\":5,\"note\":\"Skambutis nr. $i\"}" \
    "$base/api/v1/requests/$request/calls" > /dev/null
done
sql pagalba "ANALYZE"
echo "on the request: $(sql pagalba "SELECT count(*) FROM conversation_message WHERE request_id = '$request'") replies and notes," \
  "$(sql pagalba "SELECT count(*) FROM phone_call WHERE request_id = '$request'") calls," \
  "$(sql pagalba "SELECT count(*) FROM inbound_message WHERE request_id = '$request'") client e-mails," \
  "$(sql pagalba "SELECT count(*) FROM request_event WHERE request_id = '$request'") request events"

# an administrator's page session: the login form's CSRF token, then the form login
jar="$out/cookies"
csrf=$(curl -sf -c "$jar" -b "$jar" "$base/login" | grep -oE 'name="_csrf"[^>]*value="[^"]+"' | sed -E 's/.*value="([^"]+)"/\1/')
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "$base/login"
# the session cookie: SESSION since sessions live in PostgreSQL (Spring Session), JSESSIONID before
export PAGALBA_COOKIE="$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { print $6 "=" $7 }' "$jar" | tail -1)"
curl -sf -o "$out/page.html" -H "Cookie: $PAGALBA_COOKIE" "$base/requests/$request"
grep -q '<li class="entry' "$out/page.html" || { echo "the request page did not open with the session: nothing measured" >&2; exit 1; }
echo "the page: $(wc -c < "$out/page.html") bytes, $(grep -c '<li class="entry' "$out/page.html") entries in the conversation"

slice=$(( (seconds + 2) / 3 ))
# CPU (user + system) of the app and of its PostgreSQL backends while the page was served: what one
# page costs, whatever the neighbours on the machine leave of its two cores to wait for
per_answer() { echo "scale=2; 1000 * $1 / $(getconf CLK_TCK) / $2" | bc | sed 's/^\./0./'; }
for name in long empty; do
  case $name in
    long) path="/requests/$request" ;;
    empty) path="/requests/$empty" ;;
  esac
  wrk -t1 -c1 --timeout 30s -d$(( seconds / 3 + 1 ))s -s bench/get.lua "$base$path" > /dev/null   # warm-up
  read -r statements reads writes logged <<< "$(sql_capture "$out/$name" -H "Cookie: $PAGALBA_COOKIE" "$base$path")"
  # the page and its bare SQL take turns in three slices (bare, page, bare, page, bare, page, bare);
  # each slice's server-side p95 is set against the mean of the bare p95 around it
  : > "$out/$name.slices"
  read -r _ bare_before <<< "$(sql_bare pagalba "$out/$name" "$slice")"
  [ -n "${JFR:-}" ] && [ $name = long ] && jcmd "$app_pid" JFR.start name=$name settings=profile > /dev/null
  app_cpu=0
  db_cpu=0
  for i in 1 2 3; do
    from=$(access_lines)
    app0=$(ticks "/proc/$app_pid/stat")
    db0=$(backend_ticks)
    read -r _ n _ _ _ p50 _ p99 _ errors <<< "$(wrk -t1 -c1 --timeout 30s -d${slice}s -s bench/get.lua "$base$path" | grep REQUESTS)"
    app_cpu=$(( app_cpu + $(ticks "/proc/$app_pid/stat") - app0 ))
    db_cpu=$(( db_cpu + $(backend_ticks) - db0 ))
    p95=$(server_ms "$from" "$path" 95)
    read -r _ bare_after <<< "$(sql_bare pagalba "$out/$name" "$slice")"
    echo "$p95 $(echo "$bare_before $bare_after" | tr ' ' '\n' | mean) $n $p50 $p99 $errors" >> "$out/$name.slices"
    bare_before=$bare_after
  done
  if [ -n "${JFR:-}" ] && [ $name = long ]; then
    jcmd "$app_pid" JFR.stop name=$name filename="$out/$name.jfr" > /dev/null
    jfr_top "$out/$name.jfr" 15
  fi
  p95=$(awk '{ print $1 }' "$out/$name.slices" | median)
  bare95=$(awk '{ print $2 }' "$out/$name.slices" | median)
  echo "GET /requests/{id} ($name): server-side p95 $p95 ms (median of 3 slices of $slice s; wrk p50/p99 per slice: $(awk '{ printf "%s/%s ", $4, $5 }' "$out/$name.slices")ms), errors $(awk '{ s += $6 } END { print s }' "$out/$name.slices");"
  echo "  the SQL behind one answer: $reads reads, $writes writes; bare (pgbench, one connection): p95 $bare95 ms; the slowest as logged:"
  awk -F'\t' '{ print $2 "\t" $4 }' "$out/$name.tsv" | sort -t$'\t' -k1 -g -r | head -3 | awk -F'\t' '{ printf "    %s ms  %s…\n", $1, substr($2, 1, 90) }'
  answers=$(awk '{ s += $3 } END { print s }' "$out/$name.slices")
  echo "  CPU per page over the slices: the app $(per_answer $app_cpu $answers) ms, its PostgreSQL backends $(per_answer $db_cpu $answers) ms ($answers pages)"
  ratio_median "conversation.$name.p95_vs_sql" "$out/$name.slices" lower
  if [ -n "${EXPLAIN_TO:-}" ]; then
    { echo "#### GET /requests/{id} ($name)"; echo; explain pagalba "$out/$name"; echo; } >> "$EXPLAIN_TO"
  fi
done
echo "target: the long conversation's page under 150 ms on the server"
machine_load
