# Sourced by ./fridge and scripts: sets JAVA_HOME to a JDK 21 or newer.
# Looks at JAVA_HOME, then the java on the PATH, then the usual install folders.

fc_java_major() { # prints the feature version of the JDK at $1, e.g. 25; reads its release file when there is one (in bash alone: it runs on every command)
  if [ -f "$1/release" ]; then
    local line
    while IFS= read -r line; do
      case "$line" in JAVA_VERSION=\"*) line=${line#JAVA_VERSION=\"}; echo "${line%%[!0-9]*}"; return 0 ;; esac
    done <"$1/release"
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
  fi
}

fc_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(fc_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME=$(fc_find_jdk); then
  echo "Fridge Chef needs a JDK 21 or newer; none was found (checked JAVA_HOME, PATH, /usr/lib/jvm)." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21) and try again." >&2
  exit 1
fi
export JAVA_HOME
