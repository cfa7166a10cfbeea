#!/usr/bin/env bash
# Prints figures that are measured, not asserted:
#   scripts/bench.sh            the planner's speed and quality (core/src/test/java/dev/fridgechef/bench/PlannerBench.java)
#   scripts/bench.sh quality [none|few|any] [SEED]  plans for realistic household fridges as one table (QualityBench.java)
#   scripts/bench.sh ai-plan    AI plans from a fake model proposing good dishes on 12 fridges, 1-14 days: share in band, calls a plan (AiPlanBench.java)
#   scripts/bench.sh ai-month   a month of AI plans (some with wishes) and chat on a movable clock: requests and model calls by
#                               kind, cache hits by kind (exact, reuse, dishes, chat), tokens, cost and an audit of every reused or dish-made plan and
#                               cached chat answer (AiMonthSimulation.java; MONTH_TRACE=1 prints each request and where it was answered)
#   scripts/bench.sh gui [RUNS] the desktop app's start-up time and memory under Xvfb (scripts/bench-gui.sh)
#   scripts/bench.sh store [ROUNDS] [KILL_ROUNDS]  real processes on one store: lost updates, failures, kill -9 (StoreBench.java)
#   scripts/bench.sh store-close [CYCLES] [ITEMS]  many short commands on one store: file size
#                               and time of CYCLES commands of add, use and remove on ITEMS items (StoreCloseBench.java)
#   scripts/bench.sh store-cli  the same through the `fridge` command: 40 parallel uses, 4 × 100 adds (scripts/bench-store-cli.sh)
#   scripts/bench.sh ai-procs [PROCS] [ROUNDS]  parallel `fridge plan --ai` on one store against a fake provider: calls a minute, crashes, lost answers (scripts/bench-ai-procs.sh)
#   scripts/bench.sh ai-overhead [RUNS]  whole-process time of an offline and an AI plan, the model answering at once (scripts/bench-ai-overhead.sh)
#   scripts/bench.sh diary [STORE_DIR]  a year of diary (365 days × 5 entries), then the month view and the insights timed in a warm JVM (DiaryBench.java);
#                               with STORE_DIR the store is kept there, to time `fridge --db STORE_DIR/store diary 2026-10-15 --month`
#   scripts/bench.sh cli [STORE_DIR] [RUNS]  whole-process wall and CPU times of --version, list, food search, plan show, diary --month and
#                               insights on a year of diary, against a JVM hello world in the same run (scripts/bench-cli.sh)
#   scripts/bench.sh server-load [USERS] [SECONDS] [OPTIONS]  the server under load: seeds USERS users (default 1000), then 100 and 1000
#                               concurrent virtual users for SECONDS each (default 60), then 100 with AI plans and chat questions asked of
#                               a fake model on loopback: per route count, req/s, errors, p50/p95/p99, the server's memory (server/src/test/java/dev/fridgechef/server/load/LoadGenerator.java; OPTIONS: --help)
#   scripts/bench.sh sync-load [CLIENTS] [SECONDS] [OPTIONS]  sync under load: seeds households of 2 members and 4 devices
#                               (CLIENTS devices, default 200), then every device pushes 1-20 operations and pulls after its cursor
#                               in a loop for SECONDS (default 60): push and pull count, req/s, errors, p50/p95/p99, and a check that
#                               no device missed an operation (server/src/test/java/dev/fridgechef/server/load/SyncLoad.java; OPTIONS: --help)
#   scripts/bench.sh sync [OPS] [ROUNDS]  10,000 pending sync operations pushed and pulled through SyncEngine against an in-memory
#                               server: push, pull (reduce + protocol), merged state and compaction times (core/src/test/java/dev/fridgechef/sync/SyncBench.java)
#   scripts/bench.sh sync-cli [ITEMS]  sync through real processes: the server on loopback and three `fridge` stores of one household;
#                               ITEMS stock items (default 5000) pushed by one, fetched by a new device (snapshot) and by one that
#                               synced before (pages): wall and CPU time of each `fridge sync` (scripts/bench-sync-cli.sh)
#   scripts/bench.sh import [ROWS] fridge import of a generated 50,000-row CSV, valid and with a bad last row (scripts/bench-import.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
# MAIN ARGS...: a server bench from the server's test classes, run from a copy of the classes so that
# a build meanwhile cannot change them under a running server (it once made every stock use a 500)
server_bench() {
  ./mvnw -q -B -pl server -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
  . scripts/java-home.sh
  local snapshot classpath
  snapshot=$(mktemp -d); trap "rm -rf '$snapshot'" EXIT # expanded now: the local is gone when the script exits
  cp -r server/target/test-classes "$snapshot/server-tests"; cp -r server/target/classes "$snapshot/server"; cp -r core/target/classes "$snapshot/core"
  classpath=$(sed "s#$PWD/core/target/classes#$snapshot/core#" server/target/bench.classpath)
  "$JAVA_HOME/bin/java" -Xmx1g -cp "$snapshot/server-tests:$snapshot/server:$classpath" "$@"
}
case "${1:-planner}" in
  planner) main=dev.fridgechef.bench.PlannerBench ;;
  quality) main=dev.fridgechef.bench.QualityBench ;;
  ai-month) main=dev.fridgechef.bench.AiMonthSimulation ;;
  ai-plan) main=dev.fridgechef.bench.AiPlanBench ;;
  diary) main=dev.fridgechef.bench.DiaryBench ;;
  gui) shift; exec scripts/bench-gui.sh "$@" ;;
  store) main=dev.fridgechef.bench.StoreBench ;;
  store-close) main=dev.fridgechef.bench.StoreCloseBench ;;
  sync) main=dev.fridgechef.sync.SyncBench ;;
  store-cli) exec scripts/bench-store-cli.sh ;;
  sync-cli) shift; exec scripts/bench-sync-cli.sh "$@" ;;
  import) shift; exec scripts/bench-import.sh "$@" ;;
  server-load)
    shift
    server_bench dev.fridgechef.server.load.LoadGenerator --users "${1:-1000}" --seconds "${2:-60}" "${@:3}"
    exit ;;
  sync-load)
    shift
    server_bench dev.fridgechef.server.load.SyncLoad --clients "${1:-200}" --seconds "${2:-60}" "${@:3}"
    exit ;;
  cli) shift; exec scripts/bench-cli.sh "$@" ;;
  ai-procs) shift; exec scripts/bench-ai-procs.sh "$@" ;;
  ai-overhead) shift; exec scripts/bench-ai-overhead.sh "$@" ;;
  *) echo "usage: scripts/bench.sh [planner|quality [none|few|any] [SEED]|ai-month|ai-plan|diary [STORE_DIR]|gui [RUNS]|store [ROUNDS] [KILL_ROUNDS]|store-close [CYCLES] [ITEMS]|store-cli|sync [OPS] [ROUNDS]|sync-cli [ITEMS]|cli [STORE_DIR] [RUNS]|import [ROWS]|server-load [USERS] [SECONDS]|sync-load [CLIENTS] [SECONDS]|ai-procs [PROCS] [ROUNDS]|ai-overhead [RUNS]]" >&2; exit 2 ;;
esac
./mvnw -q -B -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
. scripts/java-home.sh
[ $# -gt 0 ] && shift
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "core/target/test-classes:core/target/classes:$(cat core/target/bench.classpath)" "$main" "$@"
