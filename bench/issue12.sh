#!/usr/bin/env bash
# The issue 12 benchmarks (docs/benchmarks.md, section "Issue 12"). With a directory as $1 (a git worktree of an
# older commit, e.g. `git worktree add --detach /tmp/old main`), the same JMH run goes first on that engine for the
# "before" columns; then this engine, with LanguageTool for the ratio. Samples the load every 10 s; then summarises.
set -euo pipefail
cd "$(dirname "$0")/.."
R="$PWD/bench/results/issue12"
mkdir -p "$R"
SEL='KlartextBench|KlartextEditBench|KlartextRulesBench|PathologicalBench'
ARGS=(-f 1 -p words=200,1000 -p cache=none,hit -rf json)
build() {
  ./mvnw -q -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=runtime
}
build
rm -f "$R/jmh-before.json" "$R/meta.txt"
if [ -n "${1:-}" ]; then (cd "$1" && build); fi
(while true; do date -u +%H:%M:%S; cat /proc/loadavg; sleep 10; done) > "$R/loadavg.txt" &
SAMPLER=$!
trap 'kill $SAMPLER' EXIT
uptime > "$R/uptime-start.txt"
if [ -n "${1:-}" ]; then
  echo "before=$(git -C "$1" rev-parse --short HEAD)" >> "$R/meta.txt"
  (cd "$1" && java -cp "target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$SEL" "${ARGS[@]}" \
    -rff "$R/jmh-before.json") > "$R/jmh-before.log"
fi
dirty=$(git diff --quiet HEAD -- src && echo "" || echo " plus uncommitted changes")
echo "after=$(git rev-parse --short HEAD)$dirty" >> "$R/meta.txt"
java -cp "target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$SEL|LanguageToolBench" "${ARGS[@]}" \
  -rff "$R/jmh.json" > "$R/jmh.log"
uptime > "$R/uptime-end.txt"
python3 bench/issue12.py "$R" docs/benchmarks.md
