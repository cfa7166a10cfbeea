#!/usr/bin/env bash
# Prints the desktop app's start-up time and memory, measured under Xvfb on the sample store
# (scripts/sample-store.sh), RUNS times (default 3): time from `./fridge gui` to the first window
# ("opening…") and to the main window with the Fridge page, and the resident memory with the
# Fridge page shown and after visiting all five pages. Needs Xvfb and xdotool.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
runs=${1:-3}
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "bench-gui.sh needs $tool (apt-get install xvfb xdotool)" >&2; exit 1; }
done
work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

(cd "$root" && ./mvnw -q -B -DskipTests -pl app-cli,app-gui -am package >&2)
"$root/scripts/sample-store.sh" "$work/fridgechef"

display=""
for n in $(seq 81 89); do
  [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
done
[ -n "$display" ] || { echo "no free X display between :81 and :89" >&2; exit 1; }
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
sleep 1

now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# waits until a window whose name matches $1 exists; prints its id
wait_window() {
  for _ in $(seq 1 1200); do
    id=$(xdotool search --name "$1" 2>/dev/null | head -n 1 || true)
    [ -n "$id" ] && { echo "$id"; return; }
    sleep 0.05
  done
  echo "no window named $1 after 60 s" >&2
  exit 1
}

printf '%-4s %14s %14s %14s %16s\n' run "window (ms)" "main (ms)" "RSS fridge" "RSS all pages"
for run in $(seq 1 "$runs"); do
  start=$(now_ms)
  XDG_CONFIG_HOME="$work/config" "$root/fridge" gui --db "$work/fridgechef" --lang en >"$work/gui.log" 2>&1 &
  app_pid=$!
  wait_window "Fridge Chef" >/dev/null
  first=$(( $(now_ms) - start ))
  window=$(wait_window "^Fridge Chef$")
  main=$(( $(now_ms) - start ))
  sleep 3
  rss_first=$(rss_mb "$app_pid")
  for page in 2 3 4 5 1; do
    xdotool key --window "$window" "ctrl+$page"
    sleep 2
  done
  rss_all=$(rss_mb "$app_pid")
  printf '%-4s %14s %14s %13s MB %15s MB\n' "$run" "$first" "$main" "$rss_first" "$rss_all"
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
done
