#!/usr/bin/env bash
# Distribution test: runs the assembled bin/synergos as users do.
#  - headless commands list engines and report usage errors with exit code 2;
#  - the workbench serves on 127.0.0.1 only, refuses requests without the access token;
#  - an engine bundle dropped into plugins/ appears without a restart, and disappears when removed.
# The plugin is the distribution's own Harman engine bundle, taken out of bundle/ in the test's copy.
# Usage: distribution-test.sh DIST_DIR WORK_DIR
set -uo pipefail
dist=$1; work=$2
passed=0; failed=0
check() { # description, command...
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAILED: $what"; fi
}
loopback_only() { # every listening socket on the port is bound to the loopback address
  local addresses
  addresses=$(ss -ltnH "sport = :$1" | awk '{print $4}')
  [ -n "$addresses" ] && ! grep -Evq '^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):[0-9]+$' <<< "$addresses"
}
rm -rf "$work" && mkdir -p "$work" && cp -r "$dist" "$work/synergos"
home="$work/synergos"
plugin="$work/$(basename "$home"/bundle/org.synergos.analysis.harman_*.jar)"
mv "$home"/bundle/org.synergos.analysis.harman_*.jar "$plugin"

"$home/bin/synergos" engines > "$work/engines.txt" 2>&1
check "engines lists the descriptive engine from its bundle" grep -Eq '^descriptive +Descriptive statistics +0\.1\.0 +org\.synergos\.analysis\.descriptive' "$work/engines.txt"
check "engines does not list the plugin before it is installed" bash -c "! grep -q '^harman' '$work/engines.txt'"
"$home/bin/synergos" no-such-command > /dev/null 2>&1; code=$?
check "unknown command exits with 2 (usage)" test "$code" -eq 2
"$home/bin/synergos" analyze --help > "$work/help.txt" 2>&1; code=$?
check "analyze --help exits 0 and documents --engine" bash -c "test $code -eq 0 && grep -q -- '--engine' '$work/help.txt'"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$home/bin/synergos" workbench --port "$port" > "$work/workbench.txt" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 60); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/?token=[0-9a-f]*' "$work/workbench.txt" | head -1)
  [ -n "$url" ] && break; sleep 0.5
done
check "workbench prints its URL with an access token" test -n "$url"
token=${url##*token=}
check "workbench listens on 127.0.0.1 only" loopback_only "$port"
api="http://127.0.0.1:$port/api/engines"
check "requests without the token are refused (403)" test "$(curl -s -o /dev/null -w '%{http_code}' "$api")" = 403
check "requests with the token see the engines" bash -c "curl -sf -H 'Authorization: Bearer $token' '$api' | grep -q '\"descriptive\"'"

cp "$plugin" "$home/plugins/"
appeared=no
for _ in $(seq 1 40); do
  if curl -sf -H "Authorization: Bearer $token" "$api" | grep -q '"harman"'; then appeared=yes; break; fi
  sleep 0.25
done
check "a bundle dropped into plugins/ appears without restart" test "$appeared" = yes
"$home/bin/synergos" engines > "$work/engines2.txt" 2>&1
check "headless commands see installed plugins" grep -Eq '^harman ' "$work/engines2.txt"
rm "$home/plugins/$(basename "$plugin")"
gone=no
for _ in $(seq 1 40); do
  if ! curl -sf -H "Authorization: Bearer $token" "$api" | grep -q '"harman"'; then gone=yes; break; fi
  sleep 0.25
done
check "removing the bundle removes its engine" test "$gone" = yes
kill -TERM "$pid"; wait "$pid"; code=$?
check "workbench stops on SIGTERM" test "$code" -ne 3

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
