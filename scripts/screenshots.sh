#!/usr/bin/env bash
# Starts the desktop app under Xvfb on a sample fridge, profile and plan, and saves a screenshot of
# every page in English and Russian: scripts/screenshots.sh [OUT_DIR] (default target/screenshots).
# SIZE=960x640 (default 1440x900) sets the window size; LANGS="ru" (default "en ru") the languages;
# PLAN_DAYS=7 (default 3) the days of the sample plan.
# Needs Xvfb, xdotool and ImageMagick's import (Debian: apt-get install xvfb xdotool imagemagick)
# and the GTK 3 library JavaFX uses on Linux (libgtk-3-0).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
out=$(realpath -m "${1:-$root/target/screenshots}")
command -v import >/dev/null || { echo "screenshots.sh needs ImageMagick's import (apt-get install imagemagick)" >&2; exit 1; }
. "$root/scripts/gui-session.sh"
mkdir -p "$out"

size=${SIZE:-1440x900}
echo "Building and filling a sample store..." >&2
start_gui_session "$size"
db="$work/fridgechef"

pages=(fridge plan recipes profile settings chat diary)
for lang in ${LANGS:-en ru}; do
  XDG_CONFIG_HOME="$work/config" "$root/fridge" gui --db "$db" --lang "$lang" >"$work/gui-$lang.log" 2>&1 &
  app_pid=$!
  # the title is "Fridge Chef — opening…" until the store is open and the main window shows
  window=$(wait_window "^Fridge Chef$") || { echo "the app did not open its window; its log:" >&2; cat "$work/gui-$lang.log" >&2; exit 1; }
  sleep 4 # the first page loads
  xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}" 2>/dev/null || true
  xdotool windowfocus --sync "$window" 2>/dev/null || true
  sleep 2
  for i in "${!pages[@]}"; do
    xdotool key --window "$window" "ctrl+$((i + 1))"
    sleep 3
    import -window root -crop "${size}+0+0" "$out/$lang-$((i + 1))-${pages[$i]}.png"
    echo "$out/$lang-$((i + 1))-${pages[$i]}.png"
  done
  # the Plan page right after generating (Ctrl+G): the substitution, spoil and other banners
  xdotool key --window "$window" "ctrl+2"
  sleep 2
  xdotool key --window "$window" "ctrl+g"
  sleep 8
  import -window root -crop "${size}+0+0" "$out/$lang-2-plan-generated.png"
  echo "$out/$lang-2-plan-generated.png"
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
done
