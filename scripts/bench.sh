#!/usr/bin/env bash
# Prints the planner's speed and quality figures (see core/src/test/java/dev/fridgechef/bench/PlannerBench.java).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
. scripts/java-home.sh
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "core/target/test-classes:core/target/classes:$(cat core/target/bench.classpath)" \
  dev.fridgechef.bench.PlannerBench
