#!/usr/bin/env bash
# Starts the desktop app under Xvfb on a sample fridge, profile and plan, and saves a screenshot of
# every page in English and Russian: scripts/screenshots.sh [OUT_DIR] (default target/screenshots).
# Needs Xvfb, xdotool and ImageMagick's import (Debian: apt-get install xvfb xdotool imagemagick)
# and the GTK 3 library JavaFX uses on Linux (libgtk-3-0).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
out=$(realpath -m "${1:-$root/target/screenshots}")
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh needs $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
mkdir -p "$out"
work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building..." >&2
(cd "$root" && ./mvnw -q -B -DskipTests -pl app-cli,app-gui -am package >&2)

db="$work/fridgechef"
"$root/scripts/sample-store.sh" "$db"

display=""
for n in $(seq 91 99); do
  [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
done
[ -n "$display" ] || { echo "no free X display between :91 and :99" >&2; exit 1; }
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
sleep 1

pages=(fridge plan recipes profile settings)
for lang in en ru; do
  XDG_CONFIG_HOME="$work/config" "$root/fridge" gui --db "$db" --lang "$lang" >"$work/gui-$lang.log" 2>&1 &
  app_pid=$!
  window=""
  for _ in $(seq 1 90); do
    window=$(xdotool search --name "^Fridge Chef$" 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    sleep 1
  done
  [ -n "$window" ] || { echo "the app did not open a window; its log:" >&2; cat "$work/gui-$lang.log" >&2; exit 1; }
  # the title is "Fridge Chef — opening…" until the store is open and the main window shows
  sleep 4
  xdotool windowmove "$window" 0 0 windowsize "$window" 1440 900 2>/dev/null || true
  xdotool windowfocus --sync "$window" 2>/dev/null || true
  sleep 2
  for i in "${!pages[@]}"; do
    xdotool key --window "$window" "ctrl+$((i + 1))"
    sleep 3
    import -window root "$out/$lang-$((i + 1))-${pages[$i]}.png"
    echo "$out/$lang-$((i + 1))-${pages[$i]}.png"
  done
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
done
