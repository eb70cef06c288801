#!/usr/bin/env bash
# Start-up to healthy, the plain jar next to the same jar with a class data sharing (CDS) archive, alternating.
# Usage: [JAVA_AOT=/path/to/jdk-25/bin/java] bench/web/startup.sh JAR DATA_DIR [RUNS]
#   (loopback only; stops every process it starts)
# The CDS archive is made as docs/operations.md describes: extract the jar, one training run on an empty data folder.
# With JAVA_AOT (a JDK 25 or later), a third column: that JDK with its ahead-of-time cache (JEP 483/514), trained
# the same way.
set -euo pipefail
jar=$(realpath "$1"); data=$(realpath "$2"); runs=${3:-5}
port=18093
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
name=$(basename "$jar")  # extract keeps the jar's own file name
train() { # label java-and-flags... : one start and stop on an empty data folder, as docs/operations.md says
  local label=$1; shift
  rm -rf "$work/empty"; mkdir "$work/empty"
  (cd "$work/app" && AUGENHOEHE_DATA_DIR="$work/empty" "$@" -Dspring.context.exit=onRefresh -jar "$name" \
    --server.port=$port >"$work/training-$label.log" 2>&1) \
    || { echo "the $label training run failed:" >&2; tail -20 "$work/training-$label.log" >&2; exit 1; }
}
train cds java -XX:ArchiveClassesAtExit=augenhoehe.jsa
echo "CDS archive: $(du -h "$work/app/augenhoehe.jsa" | cut -f1)"
if [ -n "${JAVA_AOT:-}" ]; then
  train aot "$JAVA_AOT" -XX:AOTCacheOutput=augenhoehe.aot
  echo "AOT cache ($("$JAVA_AOT" -version 2>&1 | head -1)): $(du -h "$work/app/augenhoehe.aot" | cut -f1)"
fi

once() { # label java-args... -> seconds from exec to the first health UP
  local label=$1; shift
  local t0 t1 pid
  t0=$(date +%s.%N)
  AUGENHOEHE_DATA_DIR="$data" "$@" --server.port=$port >"$work/$label.log" 2>&1 &
  pid=$!
  until curl -s "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { echo "$label: the app stopped, see its log:" >&2; tail -20 "$work/$label.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$t1 - $t0" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "uptime at start: $(uptime)"
: >"$work/plain"; : >"$work/cds"; : >"$work/aot"
for i in $(seq "$runs"); do
  once plain java -Xmx512m -jar "$jar" >>"$work/plain"
  (cd "$work/app" && once cds java -Xmx512m -XX:SharedArchiveFile=augenhoehe.jsa -jar "$name") >>"$work/cds"
  if [ -n "${JAVA_AOT:-}" ]; then
    (cd "$work/app" && once aot "$JAVA_AOT" -Xmx512m -XX:AOTCache=augenhoehe.aot -jar "$name") >>"$work/aot"
  fi
done
echo "uptime at end:   $(uptime)"
echo "plain jar, s to healthy: $(tr '\n' ' ' <"$work/plain") median $(median <"$work/plain")"
echo "with CDS,  s to healthy: $(tr '\n' ' ' <"$work/cds") median $(median <"$work/cds")"
if [ -n "${JAVA_AOT:-}" ]; then
  echo "JDK 25 AOT, s to healthy: $(tr '\n' ' ' <"$work/aot") median $(median <"$work/aot")"
fi
