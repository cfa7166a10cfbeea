#!/usr/bin/env bash
# Sync through real processes: the server (embedded PostgreSQL, loopback) and three `fridge` stores of one
# household. Device A imports ITEMS stock rows (2 operations each) and pushes them with one `fridge sync`;
# device B, new, fetches them (a compacted snapshot, then pages after it); device C, which had synced
# before, pulls the same operations page by page. Prints each sync's whole-process wall and CPU time and
# what it moved. Usage: scripts/bench-sync-cli.sh [ITEMS] (scripts/bench.sh sync-cli), default 5000.
set -euo pipefail
cd "$(dirname "$0")/.."
items="${1:-5000}"
port=$((20000 + RANDOM % 20000))
url="http://127.0.0.1:$port"
./fridge --version > /dev/null # builds the command when the sources changed
./fridge server --help > /dev/null # and the server
. scripts/java-home.sh
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2> /dev/null && wait "$server_pid" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

./fridge server --data "$work/server" --port "$port" > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fs "$url/health/ready" > /dev/null 2>&1 && break
  kill -0 "$server_pid" 2> /dev/null || { echo "the server did not start:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
  sleep 1
done

json() { # json FIELD: one top-level or tokens.* field of the JSON on stdin
  python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + ''.join('[%r]' % k for k in sys.argv[1].split('.'))))" "$1"
}
register() { # register NAME: prints the access token
  curl -fs -H 'Content-Type: application/json' "$url/api/v1/auth/register" \
    -d "{\"username\":\"$1\",\"email\":\"$1@example.org\",\"password\":\"correct horse battery\",\"deviceName\":\"bench\"}" | json tokens.accessToken
}
anna=$(register anna)
boris=$(register boris)
home=$(curl -fs -H "Authorization: Bearer $anna" -H 'Content-Type: application/json' "$url/api/v1/households" -d '{"name":"Home"}' | json id)
code=$(curl -fs -H "Authorization: Bearer $anna" -H 'Content-Type: application/json' "$url/api/v1/households/$home/invites" -d '{}' | json code)
curl -fs -H "Authorization: Bearer $boris" -H 'Content-Type: application/json' "$url/api/v1/households/join" -d "{\"code\":\"$code\"}" > /dev/null

export FRIDGECHEF_SYNC_PASSWORD="correct horse battery" FRIDGECHEF_SYNC_TIMEOUT=120
device() { # device NAME ARGS...: fridge on the device's own store and config folder
  local name=$1; shift
  XDG_CONFIG_HOME="$work/$name/config" ./fridge --db "$work/$name/store" "$@"
}
timed() { # timed LABEL NAME ARGS...: prints wall-clock and CPU seconds and the command's first line
  local label=$1 code=0 TIMEFORMAT='%R %U %S'; shift
  { time device "$@" > "$work/$label.out" 2>&1 || code=$?; } 2> "$work/$label.time"
  [ "$code" = 0 ] || { echo "$label failed ($code):" >&2; cat "$work/$label.out" >&2; exit 1; }
  read -r wall user sys < "$work/$label.time"
  printf '%-34s %6.2f s wall, %6.2f s CPU  (%s)\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$(head -1 "$work/$label.out")"
}

# C syncs first (one item of its own), so that later it pulls after a cursor, page by page
device c add "rice" 1 kg > /dev/null
device c sync login "$url" --user boris > /dev/null
device c sync > /dev/null

"$JAVA_HOME/bin/java" -cp app-cli/target/fridge-cli.jar dev.fridgechef.cli.BenchCsv "$items" > "$work/stock.csv"
device a import "$work/stock.csv" > /dev/null
device a sync login "$url" --user anna --local-stock add > /dev/null
echo "sync through the server on loopback, $items stock items ($((2 * items)) operations), whole process:"
timed "A: push" a sync
device b sync login "$url" --user boris > /dev/null
timed "B (new device): snapshot" b sync
timed "C (synced before): pages" c sync
timed "B again (nothing new)" b sync
