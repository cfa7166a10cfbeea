# Sourced by screenshots.sh and bench-gui.sh (which set $root): a scratch folder $work, and
# start_gui_session [SCREEN], which builds the apps, fills $work/fridgechef with the sample store,
# starts Xvfb (SCREEN pixels, default 1440x900) on a free display and exports DISPLAY. The app the
# caller starts goes in $app_pid; on exit it, Xvfb and $work are removed.
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install xvfb xdotool imagemagick libgtk-3-0)" >&2; exit 1; }
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

start_gui_session() {
  (cd "$root" && ./mvnw -q -B -DskipTests -pl app-cli,app-gui -am package >&2)
  "$root/scripts/sample-store.sh" "$work/fridgechef"
  local n display=""
  for n in $(seq 80 99); do
    [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
  done
  [ -n "$display" ] || { echo "no free X display between :80 and :99" >&2; exit 1; }
  Xvfb "$display" -screen 0 "${1:-1440x900}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=$display
  sleep 1
}

# wait_window PATTERN: waits (up to 60 s) for a window whose name matches PATTERN; prints its id
wait_window() {
  local id
  for _ in $(seq 1 1200); do
    id=$(xdotool search --name "$1" 2>/dev/null | head -n 1 || true)
    [ -n "$id" ] && { echo "$id"; return; }
    sleep 0.05
  done
  echo "no window named $1 after 60 s" >&2
  return 1
}
