#!/usr/bin/env bash
# Whole-process times of everyday `fridge` commands on a year of diary (365 days × 5 entries, made by
# DiaryBench in STORE_DIR unless a store is already there): --version, list, diary --month and
# insights, RUNS (7) runs each, the median and the fastest. Waits first for the class-data archive
# that the launcher trains in the background after a build, as a person's second command would.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-$(mktemp -d)}
runs=${2:-7}
[ -f "$dir/store.mv.db" ] || scripts/bench.sh diary "$dir" >/dev/null
./fridge --version >/dev/null # builds the CLI when the sources changed, and starts training the archive
for _ in $(seq 180); do
  [ -d app-cli/target/fridge-cli.aot.lock ] || [ -d app-cli/target/fridge-cli.jsa.lock ] || break
  sleep 1
done
fridge() { ./fridge --db "$dir/store" "$@"; }
fridge add "bench rice" 1 kg >/dev/null # the stock list has something in it
time_of() { # ARGS...: seconds of one whole `fridge` process
  local s e; s=$(date +%s%N); fridge "$@" >/dev/null 2>&1; e=$(date +%s%N)
  awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
}
for cmd in "--version" "list" "diary 2026-10-15 --month" "insights"; do
  # shellcheck disable=SC2086
  times=$(for _ in $(seq "$runs"); do time_of $cmd; done | sort -n)
  printf 'fridge %-26s median %s s, fastest %s s (%s runs)\n' "$cmd" \
    "$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$(echo "$times" | head -n 1)" "$runs"
done
