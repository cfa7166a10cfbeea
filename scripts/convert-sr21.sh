#!/usr/bin/env bash
# Regenerates core/src/main/resources/fridgechef/food/sr21.tsv.gz from the USDA SR21 files.
# Usage: scripts/convert-sr21.sh [SR21_DIR]   (default ../shared/data/usda-sr21)
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=${1:-../shared/data/usda-sr21}
./mvnw -q -B -pl core compile
. scripts/java-home.sh
"$JAVA_HOME/bin/java" -cp core/target/classes dev.fridgechef.food.sr21.Sr21Converter \
  "$source_dir" core/src/main/resources/fridgechef/food/sr21.tsv.gz
