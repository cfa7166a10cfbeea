#!/usr/bin/env bash
# Simulates a month of AI plan requests for one household and prints model calls with and without the caches.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
. scripts/java-home.sh
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "core/target/test-classes:core/target/classes:$(cat core/target/bench.classpath)" \
  dev.fridgechef.bench.AiMonthSimulation
