# Sourced by ./fridge: whether a command will likely be answered by the resident process (see
# app-cli's dev.fridgechef.cli.resident), in which case the JVM started for it only passes the
# command line on and is faster without the class-data archive. Only a hint for the launcher: the
# resident process itself decides what it answers, and declines everything else.

# fc_reads_only ARGS...: does the command line name a command that only reads? The same commands as
# the classes marked ReadsOnly in app-cli (ReadsOnlyHintTest checks every command against this).
fc_reads_only() {
  local words=() skip=
  for a in "$@"; do
    if [ -n "$skip" ]; then skip=; continue; fi
    case "$a" in
      --db | --lang) skip=1 ;;
      -h | --help | -V | --version | help) return 1 ;;
      -*) ;;
      *) words+=("$a") ;;
    esac
  done
  case "${words[0]:-}" in
    list | ls | insights) return 0 ;;
    diary) case "${words[1]:-}" in edit | rm | remove | undo | export) return 1 ;; *) return 0 ;; esac ;;
  esac
  case "${words[0]:-} ${words[1]:-}" in
    "food search" | "food show" | "plan show" | "plan list" | "profile show" | "recipe show" | "recipe favs") return 0 ;;
  esac
  return 1
}

# fc_resident_running: is a resident process of this person listening (in the folder ResidentSocket uses)?
fc_resident_running() {
  case "${FRIDGECHEF_RESIDENT:-}" in off | OFF | Off | 0 | false | FALSE | False) return 1 ;; esac
  local folder
  if [ -n "${XDG_RUNTIME_DIR:-}" ] && [ "${XDG_RUNTIME_DIR#/}" != "$XDG_RUNTIME_DIR" ] && [ -d "$XDG_RUNTIME_DIR" ]; then
    folder="$XDG_RUNTIME_DIR/fridgechef"
  else
    folder="/tmp/fridgechef-${USER:-$(id -un)}"
  fi
  local socket
  for socket in "$folder"/cli-*.sock; do
    [ -S "$socket" ] && return 0
  done
  return 1
}
