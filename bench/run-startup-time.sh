#!/usr/bin/env bash
# Measures the start-up of the packaged application: from `java -jar` to the "Maillage is ready"
# line, and to the first answer 200 of GET /api/dataset that shows the demonstration dataset
# (actors > 0), on a fresh data directory (first start: creates the database, loads the seed)
# and on a second start of the same directory. Prints one line per run, in seconds: wall-clock time
# to the ready line, to the first answer with the dataset, and the CPU time the process had used
# when the ready line appeared (less sensitive than wall-clock time to other work on the machine;
# above the wall-clock time when the start used both cores at once). Any answer before the dataset
# is visible (an empty database, a refused login) is reported as an error.
#
# Usage: bench/run-startup-time.sh [RUNS]   (after ./mvnw -q -B package -DskipTests)
set -euo pipefail

runs=${1:-3}
jar=${JAR:-backend/target/maillage.jar}
port=${MAILLAGE_PORT:-18080}
password=startup-measure-password
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }

# Starts the jar on $1, waits for both events, stops it; prints "ready first-200 cpu".
measure() {
    local data=$1 log=$work/out start ready="" served="" cpu="" pid answer
    start=$(now)
    MAILLAGE_PORT=$port MAILLAGE_NEO4J_DATA_DIR=$data MAILLAGE_NEO4J_BOLT_PORT=0 \
        MAILLAGE_ADMIN_PASSWORD=$password java -jar "$jar" >"$log" 2>&1 &
    pid=$!
    while [[ -z $ready || -z $served ]]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the application stopped:" >&2
            cat "$log" >&2
            exit 1
        fi
        if [[ -z $ready ]] && grep -q "Maillage is ready" "$log"; then
            ready=$(now)
            cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$pid/stat")
        fi
        if [[ -z $served ]]; then
            answer=$(curl -s -u "admin:$password" -w ' %{http_code}' \
                "http://127.0.0.1:$port/api/dataset" 2>/dev/null || true)
            if [[ $answer == *'"actors":'[1-9]*' 200' ]]; then
                served=$(now)
            elif [[ $answer == *[1-9][0-9][0-9] ]]; then
                echo "an answer before the dataset was visible: $answer" >&2
                exit 1
            fi
        fi
        sleep 0.1
    done
    kill "$pid"
    wait "$pid" || true
    awk -v s="$start" -v r="$ready" -v f="$served" -v c="$cpu" \
        'BEGIN { printf "%.1f %.1f %.1f\n", r - s, f - s, c }'
}

echo "run start ready first-200 cpu"
for i in $(seq 1 "$runs"); do
    data=$work/data-$i
    echo "$i first $(measure "$data")"
    echo "$i second $(measure "$data")"
done
