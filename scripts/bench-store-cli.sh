#!/usr/bin/env bash
# The store through the real `fridge` command, as the issue measured it:
#   40 parallel `fridge use rice 10 g` on 1000 g must leave 600 g;
#   4 processes × 100 `fridge add` must all succeed and all be stored.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fridge() { ./fridge --db "$scratch/store" "$@"; }
fridge add rice 1000 g >/dev/null
start=$(date +%s.%N)
for i in $(seq 40); do fridge use rice 10 g >/dev/null 2>>"$scratch/use.err" & done
wait
left=$(fridge list --json | grep -o '"quantity" : [0-9.]*' | head -1 | grep -o '[0-9.]*$')
printf '40 parallel "use rice 10 g" on 1000 g: %s g left (expected 600), %s failed, %.1f s\n' \
  "$left" "$(grep -c . "$scratch/use.err" || true)" "$(echo "$(date +%s.%N) - $start" | bc)"
start=$(date +%s.%N)
for p in 1 2 3 4; do
  ( for i in $(seq 100); do fridge add "item $p-$i" 1 pcs >/dev/null 2>>"$scratch/add.err" || echo "fail" >>"$scratch/add.fail"; done ) &
done
wait
stored=$(fridge list --json | grep -c '"name" : "item ' || true)
printf '4 processes × 100 "fridge add": %s stored (expected 400), %s failed calls, %.1f s\n' \
  "$stored" "$( [ -f "$scratch/add.fail" ] && wc -l <"$scratch/add.fail" || echo 0)" "$(echo "$(date +%s.%N) - $start" | bc)"
