#!/usr/bin/env bash
# Prints the desktop app's start-up time and memory, measured under Xvfb on the sample store
# (scripts/sample-store.sh), RUNS times (default 3): time from `./fridge gui` to the first window
# ("opening…"), to the main window, and to the Fridge page drawn with the stock in it (the app's
# FRIDGECHEF_STARTUP_TRACE line), and the resident memory with the Fridge page shown and after
# visiting all seven pages. Needs Xvfb and xdotool.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
runs=${1:-3}
. "$root/scripts/gui-session.sh"

start_gui_session

now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

printf '%-4s %12s %12s %18s %14s %16s\n' run "window (ms)" "main (ms)" "first page (ms)" "RSS fridge" "RSS all pages"
for run in $(seq 1 "$runs"); do
  start=$(now_ms)
  FRIDGECHEF_STARTUP_TRACE=1 XDG_CONFIG_HOME="$work/config" "$root/fridge" gui --db "$work/fridgechef" --lang en >"$work/gui.log" 2>&1 &
  app_pid=$!
  wait_window "Fridge Chef" >/dev/null
  first=$(( $(now_ms) - start ))
  window=$(wait_window "^Fridge Chef$")
  main=$(( $(now_ms) - start ))
  for _ in $(seq 1 600); do grep -q "first page drawn" "$work/gui.log" && break; sleep 0.02; done
  drawn=$(( $(now_ms) - start ))
  sleep 3
  rss_first=$(rss_mb "$app_pid")
  for page in 2 3 4 5 6 7 1; do
    xdotool key --window "$window" "ctrl+$page"
    sleep 2
  done
  rss_all=$(rss_mb "$app_pid")
  printf '%-4s %12s %12s %18s %11s MB %13s MB\n' "$run" "$first" "$main" "$drawn" "$rss_first" "$rss_all"
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
done
