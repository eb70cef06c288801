#!/usr/bin/env bash
# Klartext speed evidence (issue 4): builds what is needed and runs, in one go and one after another,
#   1. cold start (fresh JVMs: a tiny main class and `java -jar target/augenhoehe.jar check`),
#   2. the Node peers (write-good, retext pipeline) in-process,
#   3. JMH: Klartext (fresh text, cold caches, cached, one-word edit) and LanguageTool in the same run.
# Raw results go to bench/results/, the summary table to docs/benchmarks.md.
# Takes about 12 minutes on 2 cores. Env: COLD_RUNS (10), PEER_WARMUP_MS (3000), PEER_MEASURE_MS (5000),
# JMH_ARGS (extra JMH options, e.g. "-f 1" for a quick look), MVN_OFFLINE (-o; set empty to allow downloads),
# NICE (e.g. -10: run the measurements at that nice level, for all tools alike, when other work shares the machine;
# needs root for negative values; recorded in bench/results/env.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
RESULTS=bench/results
mkdir -p "$RESULTS"
MVN="./mvnw -q ${MVN_OFFLINE--o}"
STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
RUN=()
if [[ -n "${NICE:-}" ]]; then RUN=(nice -n "$NICE"); fi

echo "== machine"
{
  echo "date_utc=$STARTED"
  echo "nproc=$(nproc)"
  echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
  echo "mem=$(free -m | awk '/^Mem:/ {print $2 " MiB"}')"
  echo "kernel=$(uname -sr)"
  echo "java=$(java -version 2>&1 | tr '\n' ' ')"
  echo "node=$(node --version)"
  echo "git=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (uncommitted changes)')"
  echo "loadavg_start=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "nice=${NICE:-0}"
} | tee "$RESULTS/env.txt"

echo "== build: application jar (default profile), then benchmarks (-Pbench) into target/classes"
$MVN clean package -DskipTests
$MVN -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/bench-classpath.txt)"
(cd bench/node && npm ci --no-audit --no-fund --silent)

echo "== 1. cold start"
"${RUN[@]}" python3 bench/coldstart.py target/bench-classpath.txt "$RESULTS/coldstart.json" "${COLD_RUNS:-10}"

echo "== 2. peers (Node $(node --version))"
(cd bench/node && WARMUP_MS="${PEER_WARMUP_MS:-3000}" MEASURE_MS="${PEER_MEASURE_MS:-5000}" \
  "${RUN[@]}" node peers.mjs ../texts "../results/peers.json") | tee "$RESULTS/peers.log"

echo "== 3. JMH: Klartext and LanguageTool"
# Forks, warm-up and measurement are set per class (see src/jmh); one thread each.
# shellcheck disable=SC2086
"${RUN[@]}" java -cp "$CP" org.openjdk.jmh.Main 'KlartextBench|KlartextEditBench|LanguageToolBench' \
  -rf json -rff "$RESULTS/jmh.json" ${JMH_ARGS:-} | tee "$RESULTS/jmh.log" | grep -E '^(# Run progress|LanguageTool 6|Benchmark|[A-Za-z]+Bench\.[A-Za-z]+ )' || true

echo "loadavg_end=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/env.txt"
echo "finished_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)" >> "$RESULTS/env.txt"

echo "== summary"
python3 bench/summarize.py "$RESULTS" docs/benchmarks.md
echo "wrote docs/benchmarks.md"
