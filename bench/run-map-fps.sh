#!/usr/bin/env bash
# Fluidity of the map: generates a 2,000-actor synthetic territory (seed 7), loads it into a
# fresh embedded database in the benchmark's own process, serves the application from there and
# measures, in headless Chromium, the map's frames per second while the layout runs and while
# the years play.
# Usage: bench/run-map-fps.sh [seconds per measure, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_MEASURE="${1:-8}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

./mvnw -q -B -o package -DskipTests
./mvnw -q -B -o -pl backend -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=test
java -jar backend/target/maillage.jar generate --actors 2000 --seed 7 --out "$WORK/territory"

java -cp "backend/target/test-classes:backend/target/classes:$(cat "$WORK/classpath")" \
  coop.maillage.browser.MapFpsBenchmark "$WORK/territory" "$SECONDS_PER_MEASURE" \
  2> "$WORK/log" | grep -v '^[0-9:.]* [A-Z]* ' || { tail -40 "$WORK/log"; exit 1; }
