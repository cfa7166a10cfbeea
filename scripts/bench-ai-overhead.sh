#!/usr/bin/env bash
# Whole-process time of `fridge plan` offline and `fridge plan --ai --fresh` against a fake
# OpenAI-compatible server on loopback that answers at once (FakeOpenAiServer, delay 0), on the
# russian-family fridge of the quality suite: RUNS (5) runs each, the median and the difference.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
./fridge --version >/dev/null # builds the CLI when the sources changed
./mvnw -q -B -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
. scripts/java-home.sh
cp="core/target/test-classes:core/target/classes:$(cat core/target/bench.classpath)"
scratch=$(mktemp -d)
"$JAVA_HOME/bin/java" -cp "$cp" dev.fridgechef.bench.FakeOpenAiServer "$scratch/port" "$scratch/served.log" 600 0 2>"$scratch/server.err" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 100); do [ -s "$scratch/port" ] && break; sleep 0.1; done
export OPENAI_API_KEY=bench-key OPENAI_BASE_URL="http://127.0.0.1:$(cat "$scratch/port")/v1" OPENAI_MODEL=fake \
  XDG_CONFIG_HOME="$scratch/config" LANG=en_US.UTF-8
mkdir -p "$scratch/config/fridgechef"
echo '{ "generations_per_minute": 100 }' >"$scratch/config/fridgechef/llm.json" # the runs follow each other within a minute
fridge() { ./fridge --db "$scratch/store" "$@"; }
fridge profile set --sex female --age 38 --height 165 --weight 68 --activity light --goal maintain >/dev/null
# the russian-family fridge (core/src/test/resources/bench/household-fridges.txt) as a CSV import
{
  echo "name,quantity,unit,expires,location"
  awk -F'|' '/^== russian-family/{on=1; next} /^==/{on=0} on && NF>=3 {
      for (i = 1; i <= NF; i++) gsub(/^ +| +$/, "", $i)
      d=$4; if (d ~ /^\+/) { cmd="date -d \"" substr(d,2,length(d)-2) " days\" +%F"; cmd | getline d; close(cmd) }
      print $1 "," $2 "," $3 "," d "," $5 }' core/src/test/resources/bench/household-fridges.txt
} >"$scratch/fridge.csv"
fridge import "$scratch/fridge.csv" >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_of() { # ARGS...: seconds of one whole `fridge` process
  local s e; s=$(date +%s%N); fridge "$@" >"$scratch/out" 2>"$scratch/err"; e=$(date +%s%N)
  echo "scale=2; ($e - $s) / 1000000000" | bc
}
fridge plan --days 3 >/dev/null 2>&1 # warms the OS file cache
offline=$(for _ in $(seq "$runs"); do time_of plan --days 3; done | median)
ai=$(for _ in $(seq "$runs"); do time_of plan --ai --fresh --days 3; done | median)
grep -q 'Made by: openai' "$scratch/out" || { echo "the AI plan did not come from the fake model:" >&2; cat "$scratch/out" "$scratch/err" >&2; exit 1; }
printf '3-day plan, whole process, median of %s: offline %s s, AI (model answering at once) %s s, AI overhead %s s; model calls %s\n' \
  "$runs" "$offline" "$ai" "$(echo "$ai - $offline" | bc)" "$(wc -l <"$scratch/served.log")"
