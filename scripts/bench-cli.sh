#!/usr/bin/env bash
# Whole-process wall and CPU time of everyday `fridge` commands against a JVM "hello world" on the
# same JDK in the same run (the measure of issue 15): --version, list, food search, a stored plan
# (plan show), diary --month and insights, on a store with a year of diary (365 days × 5 entries,
# made by DiaryBench in STORE_DIR unless a store is already there) and a 20-item fridge; RUNS (11)
# runs each, the median, and the median's multiple of hello world's. Each command twice: answered by
# the resident process (with the CPU it spent per command, from /proc), and on its own
# (FRIDGECHEF_RESIDENT=off). Waits first for the class-data archive that the launcher trains in the
# background after a build, as a person's second command would.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-$(mktemp -d)}
runs=${2:-11}
[ -f "$dir/store.mv.db" ] || scripts/bench.sh diary "$dir" >/dev/null
./fridge --version >/dev/null # builds the CLI when the sources changed
./fridge --db "$dir/store" list >/dev/null # starts training the archive
for _ in $(seq 180); do
  [ -d app-cli/target/fridge-cli.aot.lock ] || [ -d app-cli/target/fridge-cli.jsa.lock ] || break
  sleep 1
done
. scripts/java-home.sh
hello=$(mktemp -d)
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$hello/Hello.java"
"$JAVA_HOME/bin/javac" -d "$hello" "$hello/Hello.java"
fridge() { ./fridge --db "$dir/store" "$@"; }
if [ -z "$(fridge list --json | tr -d '[:space:][]')" ]; then # a fridge of 20 items, and a stored plan from it
  for item in "chicken breast:600:g:+2d" "milk:1:l:+4d" "eggs:10:pcs:+10d" "rice:1:kg:+200d" "spinach:200:g:+1d" \
      "cheddar:250:g:+14d" "tomatoes:6:pcs:+5d" "onion:1:kg:+30d" "potatoes:2:kg:+30d" "carrots:500:g:+12d" "oats:500:g:+200d" \
      "greek yogurt:400:g:+6d" "butter:200:g:+30d" "apples:6:pcs:+12d" "salmon fillet:400:g:+1d" "minced beef:500:g:+2d" \
      "pasta:500:g:+300d" "buckwheat:900:g:+300d" "kefir:1:l:+5d" "bananas:5:pcs:+4d"; do
    IFS=: read -r name qty unit expires <<<"$item"
    fridge add "$name" "$qty" "$unit" --expires "$expires" >/dev/null
  done
fi
fridge plan --days 3 >/dev/null
fridge list >/dev/null # starts the resident process, if none runs
for _ in $(seq 100); do pgrep -f dev.fridgechef.cli.resident.ResidentServer >/dev/null && break; sleep 0.1; done
sleep 3 # its warm-up
resident_cpu() { # clock ticks the resident process has used so far
  local pid; pid=$(pgrep -f dev.fridgechef.cli.resident.ResidentServer | head -n 1)
  [ -n "$pid" ] && awk '{print $14 + $15}' "/proc/$pid/stat" || echo 0
}
measure() { # LABEL COMMAND...: RUNS runs; prints the median wall and CPU seconds
  local label=$1; shift
  local samples
  samples=$(for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -n 1
  done)
  local wall cpu
  wall=$(echo "$samples" | awk '{print $1}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(echo "$samples" | awk '{printf "%.2f\n", $2 + $3}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$label $wall $cpu"
}
ticks=$(getconf CLK_TCK)
resident() { # LABEL ARGS...: measured answered by the resident process, with its CPU per command appended
  local label=$1; shift
  local before after line
  before=$(resident_cpu)
  line=$(measure "$label" ./fridge --db "$dir/store" "$@")
  after=$(resident_cpu)
  echo "$line $(awk -v a="$after" -v b="$before" -v t="$ticks" -v n="$runs" 'BEGIN {printf "%.3f", (a - b) / t / n}')"
}
alone() { local label=$1; shift; FRIDGECHEF_RESIDENT=off measure "$label" ./fridge --db "$dir/store" "$@"; }
results=$(
  measure "hello-world" "$JAVA_HOME/bin/java" -cp "$hello" Hello
  measure "--version" ./fridge --version
  resident "list" list
  resident "food-search-chicken" food search chicken
  resident "plan-show" plan show
  resident "diary-month" diary 2026-10-15 --month
  resident "insights" insights
  alone "list(alone)" list
  alone "food-search(alone)" food search chicken
  alone "plan-show(alone)" plan show
  alone "diary-month(alone)" diary 2026-10-15 --month
  alone "insights(alone)" insights
)
echo "$results" | awk -v runs="$runs" 'NR == 1 {hw = $2; hc = $3}
  {printf "%-22s wall %5.2f s (%4.1f× hello)   cpu %5.2f s (%4.1f× hello)", $1, $2, $2 / hw, $3, $3 / hc
   if (NF > 3) printf "   + resident process %.3f s cpu", $4
   printf "   median of %d\n", runs}'
rm -rf "$hello"
