#!/usr/bin/env bash
# AI plans from many processes on one store, against a fake OpenAI-compatible server on loopback
# (core/src/test/java/dev/fridgechef/bench/FakeOpenAiServer.java; it stops by itself):
#   PROCS (16) parallel `fridge plan --ai --fresh`: model calls in any minute (the limit is 5),
#   crashed processes, paid answers lost (AiProcsReport.java);
#   then ROUNDS (20) × `fridge plan --ai --async --fresh` + `fridge jobs wait`: failed rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
procs=${1:-16}
rounds=${2:-20}
./fridge --version >/dev/null # builds the CLI when the sources changed
./mvnw -q -B -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
. scripts/java-home.sh
cp="core/target/test-classes:core/target/classes:$(cat core/target/bench.classpath)"
scratch=$(mktemp -d)
"$JAVA_HOME/bin/java" -cp "$cp" dev.fridgechef.bench.FakeOpenAiServer "$scratch/port" "$scratch/served.log" 3600 2>"$scratch/server.err" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 100); do [ -s "$scratch/port" ] && break; sleep 0.1; done
export OPENAI_API_KEY=bench-key OPENAI_BASE_URL="http://127.0.0.1:$(cat "$scratch/port")/v1" OPENAI_MODEL=fake \
  XDG_CONFIG_HOME="$scratch/config" LANG=en_US.UTF-8
fridge() { ./fridge --db "$scratch/store" "$@"; }
fridge profile set --sex male --age 40 --height 180 --weight 80 --activity moderate --goal maintain >/dev/null
fridge add chicken breast 1 kg --expires +2d >/dev/null
fridge add rice 1 kg >/dev/null

crashed() { # FILE: a stack trace or an internal error on standard error
  grep -qE 'Exception|Error:|This is a bug|^\s+at [a-z]' "$1"
}
start=$(date +%s.%N)
pids=()
for i in $(seq "$procs"); do
  ( rc=0; fridge plan --ai --fresh --days 1 --meals lunch,dinner >"$scratch/p$i.out" 2>"$scratch/p$i.err" || rc=$?; echo "$rc" >"$scratch/p$i.rc" ) &
  pids+=($!)
done
wait "${pids[@]}" # not the server
failed=0; ai=0; offline=0
for i in $(seq "$procs"); do
  if [ "$(cat "$scratch/p$i.rc")" != 0 ] || crashed "$scratch/p$i.err"; then failed=$((failed + 1)); sed 's/^/  | /' "$scratch/p$i.err" | head -5; fi
  grep -q 'Made by: openai' "$scratch/p$i.out" && ai=$((ai + 1))
  grep -q 'Made by: the offline planner' "$scratch/p$i.out" && offline=$((offline + 1))
done
printf '%s parallel "plan --ai": %s crashed or failed, %s AI plans, %s offline (with the reason), %.1f s\n' \
  "$procs" "$failed" "$ai" "$offline" "$(echo "$(date +%s.%N) - $start" | bc)"
"$JAVA_HOME/bin/java" -Dstdout.encoding=UTF-8 -cp "$cp" dev.fridgechef.bench.AiProcsReport "$scratch/store" "$scratch/served.log"

start=$(date +%s.%N)
bad=0
for r in $(seq "$rounds"); do
  id=$(fridge plan --ai --async --fresh --days 1 --meals lunch,dinner --json 2>>"$scratch/async.err" | grep -o '"id" : [0-9]*' | head -1 | grep -o '[0-9]*$' || true)
  if [ -z "$id" ] || ! fridge jobs wait "$id" >"$scratch/wait.out" 2>"$scratch/wait.err" || crashed "$scratch/wait.err" \
      || ! grep -q 'done' "$scratch/wait.out"; then
    bad=$((bad + 1)); sed 's/^/  | /' "$scratch/wait.err" | head -5
  fi
done
workerlog=$(dirname "$scratch/store")/worker.log
printf '%s × "plan --ai --async" + "jobs wait": %s failed; worker crashes: %s; %.1f s\n' "$rounds" "$bad" \
  "$( [ -f "$workerlog" ] && { grep -cE 'Exception|This is a bug' "$workerlog" || true; } || echo 0)" "$(echo "$(date +%s.%N) - $start" | bc)"
"$JAVA_HOME/bin/java" -Dstdout.encoding=UTF-8 -cp "$cp" dev.fridgechef.bench.AiProcsReport "$scratch/store" "$scratch/served.log"
