#!/usr/bin/env bash
# Load test: starts Maillage (embedded Neo4j, Clus'Ter Jura seed) in the background on free
# loopback ports with a fresh data directory, waits until it is ready, runs
# coop.maillage.load.LoadTest against it (50 readers + 1 editor, 60 s measured by default), stops
# the application and removes the data directory. Exits with the load test's status: 0 when there
# was no error and every p99 is within the bound. The results are also written to
# backend/target/load-test.md.
#
# Usage: bench/run-load-test.sh [LoadTest options]
#        e.g. bench/run-load-test.sh --duration 60 --warmup 10 --readers 50 --max-p99-ms 3000
set -euo pipefail
cd "$(dirname "$0")/.."

WORK="$(mktemp -d "${TMPDIR:-/tmp}/maillage-load.XXXXXX")"
JAR=backend/target/maillage.jar
REPORT=backend/target/load-test.md
APP_LOG=backend/target/load-test-app.log
READY_TIMEOUT_SECONDS=300
APP_PID=""

cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2> /dev/null; then
        kill "$APP_PID"
        for _ in $(seq 60); do
            kill -0 "$APP_PID" 2> /dev/null || break
            sleep 0.5
        done
        kill -0 "$APP_PID" 2> /dev/null && kill -9 "$APP_PID"
        wait "$APP_PID" 2> /dev/null || true
    fi
    [[ -f "$WORK/app.log" ]] && cp "$WORK/app.log" "$APP_LOG"
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

echo "1. Build"
if [[ ! -f "$JAR" ]] \
    || [[ -n "$(find pom.xml */pom.xml */src/main -newer "$JAR" -type f | head -1)" ]]; then
    ./mvnw -q -B -o package -DskipTests
fi
./mvnw -q -B -o -pl backend -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/load-test-classpath > "$WORK/maven.log"
CLASSPATH="backend/target/test-classes:backend/target/classes"
CLASSPATH="$CLASSPATH:$(cat backend/target/load-test-classpath)"

echo "2. Start the application"
PORT="$(free_port)"
# A fresh password for each run (it must not contain the word "admin"); LoadTest reads it too.
MAILLAGE_ADMIN_PASSWORD="load-$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')"
export MAILLAGE_ADMIN_PASSWORD
MAILLAGE_NEO4J_DATA_DIR="$WORK/data" MAILLAGE_PORT="$PORT" MAILLAGE_NEO4J_BOLT_PORT=0 \
    java -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for ((waited = 0; ; waited++)); do
    grep -qs "Maillage is ready" "$WORK/app.log" && break
    if ! kill -0 "$APP_PID" 2> /dev/null || ((waited >= READY_TIMEOUT_SECONDS)); then
        echo "The application did not start; its log:" >&2
        tail -50 "$WORK/app.log" >&2
        exit 2
    fi
    sleep 1
done
echo "   ready on 127.0.0.1:$PORT after about ${waited} s (its log will be in $APP_LOG)"

echo "3. Load test"
status=0
java -cp "$CLASSPATH" coop.maillage.load.LoadTest --port "$PORT" --report "$REPORT" "$@" \
    || status=$?
if grep -q -E "^[0-9:.]+ ERROR " "$WORK/app.log"; then
    echo "The application logged errors (see $APP_LOG):"
    grep -E -A3 "^[0-9:.]+ ERROR " "$WORK/app.log" | head -40
fi
exit "$status"
