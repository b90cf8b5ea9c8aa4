#!/usr/bin/env bash
# Benchmarks Maillage's metrics against networkx (and python-igraph when the system python3 can
# import it: apt-get install -y python3-igraph) on seeded Barabási–Albert graphs with 2,000 and
# 20,000 nodes, and writes docs/benchmarks.md. Takes about ten minutes on two cores.
#
# Usage: bench/run-metrics-benchmark.sh [RUNS]   (RUNS: Maillage's timed runs per task, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${1:-3}"
WORK="${TMPDIR:-/tmp}/maillage-metrics-bench"
TIMINGS="$WORK/timings.tsv"
mkdir -p "$WORK"
: > "$TIMINGS"

echo "1. Graphs: $WORK"
python3 bench/make_ba_graphs.py "$WORK" 2000 20000
FILES=("$WORK/ba-2000.edges" "$WORK/ba-20000.edges")

echo "2. Maillage"
./mvnw -q -B -o -pl backend -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/classpath" > "$WORK/maven.log"
CLASSPATH="backend/target/test-classes:backend/target/classes:$(cat "$WORK/classpath")"
java -cp "$CLASSPATH" coop.maillage.metrics.MetricsBenchmark "$RUNS" "${FILES[@]}" \
    | sed 's/^/maillage\t/' | tee -a "$TIMINGS"

echo "3. networkx"
python3 bench/metrics_benchmark.py networkx "${FILES[@]}" | tee -a "$TIMINGS"

echo "4. igraph"
if /usr/bin/python3 -c 'import igraph' 2> /dev/null; then
    /usr/bin/python3 bench/metrics_benchmark.py igraph "${FILES[@]}" | tee -a "$TIMINGS"
else
    echo "python-igraph not importable by /usr/bin/python3: skipped"
fi

python3 bench/write_benchmarks_md.py "$TIMINGS" docs/benchmarks.md \
    "bench/run-metrics-benchmark.sh $RUNS"
echo "Wrote docs/benchmarks.md"
