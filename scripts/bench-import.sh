#!/usr/bin/env bash
# Times "fridge import" of a generated 50,000-row CSV into a throw-away store, whole process (JVM
# start, store creation, reading, validation, writing): once with every row valid, once with a bad
# last row (refused, nothing written). Usage: scripts/bench-import.sh [ROWS] (scripts/bench.sh import).
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-50000}"
jar=app-cli/target/fridge-cli.jar
./fridge --version > /dev/null # builds the command when the sources changed, and warms its class-data archive
. scripts/java-home.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 60 everyday foods (English and Russian), each on about 800 rows, as a real stock export repeats them
"$JAVA_HOME/bin/java" -cp "$jar" dev.fridgechef.cli.BenchCsv "$rows" > "$work/stock.csv"
{ cat "$work/stock.csv"; echo "milk,lots,l,fridge,"; } > "$work/bad-last-row.csv"

run() { # run LABEL FILE EXPECTED_EXIT: prints wall-clock and CPU seconds (CPU shows the cost on a busy machine)
  local code=0 TIMEFORMAT='%R %U %S'
  { time ./fridge --db "$work/store-$1" import "$2" > "$work/$1.out" 2>&1 || code=$?; } 2> "$work/$1.time"
  [ "$code" = "$3" ] || { echo "unexpected exit $code for $1:" >&2; head -5 "$work/$1.out" >&2; exit 1; }
  read -r wall user sys < "$work/$1.time"
  printf '%-14s %6.2f s wall, %6.2f s CPU  (%s)\n' "$1" "$wall" "$(echo "$user + $sys" | bc)" "$(head -1 "$work/$1.out")"
}
echo "fridge import, $rows CSV rows, whole process:"
run valid "$work/stock.csv" 0
run bad-last-row "$work/bad-last-row.csv" 1
