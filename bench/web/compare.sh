#!/usr/bin/env bash
# Two builds side by side in one run: each jar starts on its own port with the demo profile and its own data folder,
# then every target is measured on A, then on B, then on A again (so drift in the machine's load shows up as a
# difference between the two A rounds). Loopback only, bounded in time; both servers are stopped at the end.
# Usage: [A_ARGS=...] [B_ARGS=...] compare.sh JAR_A JAR_B [DURATION=10s] [CONNECTIONS=50] [PATH...]
#   A_ARGS / B_ARGS: extra arguments for one side (e.g. B_ARGS=--server.tomcat.threads.max=10 with the same jar twice)
#   Default paths: the static file, the dashboard, the first engagement, conversation, brief and client.
#   DATA=FOLDER EMAIL=... PASSWORD=...: instead of the demo, each side starts on its own copy of FOLDER (e.g. the
#   load data set) and signs in with these. WARM=15s: how long each side is loaded unmeasured before each target.
#   WRITES=SECONDS WRITE_TO=/engagements/ID: while each round is measured, the same side also captures a client
#   question on that engagement every SECONDS (writer.sh), so pages are measured while their workspace changes.
# Prints one RESULT line per round and a summary per target: requests/s of B divided by the mean of both A rounds,
# and the server's CPU time per request (from /proc: user + system time of the whole JVM during the round, divided by
# the requests served), which other work on a shared machine disturbs much less than requests/s.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar_a=$1 jar_b=$2 duration=${3:-10s} connections=${4:-50}
shift $(( $# < 4 ? $# : 4 ))
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(/js/app.js / /engagements/1 /conversations/1 /briefs/1 /clients/1)
work=$(mktemp -d)
cleanup() { # the servers' ids are in files: start runs in a subshell
  for pid in "$work"/*.pid; do [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

start() { # name jar port extra-args -> prints the session cookie once the demo is ready
  profile=--spring.profiles.active=demo
  if [ -n "${DATA:-}" ]; then cp -r "$DATA" "$work/$1"; profile=; fi
  # shellcheck disable=SC2086
  AUGENHOEHE_DATA_DIR="$work/$1" java -Xmx512m -jar "$2" $profile $4 \
    --server.address=127.0.0.1 --server.port="$3" >"$work/$1.log" 2>&1 &
  echo $! >"$work/$1.pid"
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$3/actuator/health" >/dev/null && break
    sleep 1
  done
  if [ -n "${DATA:-}" ]; then
    "$here/login.sh" "http://127.0.0.1:$3" "$EMAIL" "$PASSWORD"
  else
    password=$(grep -oP 'password: +\K\S+' "$work/$1.log")
    "$here/login.sh" "http://127.0.0.1:$3" demo@augenhoehe.example "$password"
  fi
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
quiet() { # pid: waits (at most 3 minutes) until the JVM uses under 10 % of a core for 3 s in a row. Healthy is not
  # idle: on the load data the search index is still built in the background for about 30 s of CPU, and measuring
  # then charged that work to the requests.
  calm=0
  for _ in $(seq 1 180); do
    before=$(cpu_ticks "$1"); sleep 1
    if [ $(( $(cpu_ticks "$1") - before )) -lt $(( $(getconf CLK_TCK) / 10 )) ]; then calm=$((calm + 1)); else calm=0; fi
    [ $calm -ge 3 ] && return 0
  done
}
cookie_a=$(start a "$jar_a" 18181 "${A_ARGS:-}")
cookie_b=$(start b "$jar_b" 18182 "${B_ARGS:-}")
quiet "$(cat "$work/a.pid")"
quiet "$(cat "$work/b.pid")"
threads=$(( connections < 2 ? 1 : 2 ))

run() { # round port cookie path pid
  curl -s -o /dev/null -b "$3" "http://127.0.0.1:$2$4"  # warm the page once
  echo "# $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg) | $1 wrk -t$threads -c$connections -d$duration $4" >&2
  writer=
  if [ -n "${WRITES:-}" ]; then
    "$here/writer.sh" "http://127.0.0.1:$2" "$3" "$WRITE_TO" "$WRITES" 600 >"$work/writes" &
    writer=$!
  fi
  before=$(cpu_ticks "$5")
  result=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/report.lua" -H "Cookie: $3" \
    "http://127.0.0.1:$2$4" | grep '^RESULT' | sed 's/^RESULT //')
  ticks=$(( $(cpu_ticks "$5") - before ))
  writes=
  if [ -n "$writer" ]; then
    kill -TERM "$writer"; wait "$writer" || true
    writes=", \"writes\": $(awk '{print $2}' "$work/writes"), \"write_failures\": $(awk '{print $3}' "$work/writes")"
  fi
  echo "RESULT $1 $4 ${result%\}}, \"cpu_ms\": $(( ticks * 1000 / $(getconf CLK_TCK) ))$writes}"
}
out="$work/results"
warm() { # port cookie path: unmeasured, so neither side is measured while its JIT still compiles. On the load data a
  # dashboard view is heavy enough that 3 s left the C2 compiler busy on one core through the first round.
  wrk -t"$threads" -c"$connections" -d"${WARM:-15s}" -H "Cookie: $2" "http://127.0.0.1:$1$3" >/dev/null
}
for p in "${paths[@]}"; do
  warm 18181 "$cookie_a" "$p"
  warm 18182 "$cookie_b" "$p"
  run A1 18181 "$cookie_a" "$p" "$(cat "$work/a.pid")"
  run B 18182 "$cookie_b" "$p" "$(cat "$work/b.pid")"
  run A2 18181 "$cookie_a" "$p" "$(cat "$work/a.pid")"
done | tee "$out"
python3 - "$out" <<'PY'
import json, sys
rows = {}
for line in open(sys.argv[1]):
    _, round_, path, data = line.split(" ", 3)
    rows.setdefault(path, {})[round_] = json.loads(data)
cpu = lambda d: d["cpu_ms"] / max(d["requests"], 1)
for path, r in rows.items():
    a = (r["A1"]["rps"] + r["A2"]["rps"]) / 2
    b = r["B"]["rps"]
    cpu_a = (cpu(r["A1"]) + cpu(r["A2"])) / 2
    print(f"COMPARE {path} A={a:.0f} req/s (p50 {r['A1']['p50_ms']:.0f}/{r['A2']['p50_ms']:.0f} ms) "
          f"B={b:.0f} req/s (p50 {r['B']['p50_ms']:.0f} ms, p99 {r['B']['p99_ms']:.0f} ms) B/A={b / a:.2f}; "
          f"CPU per request A={cpu(r['A1']):.2f}/{cpu(r['A2']):.2f} ms B={cpu(r['B']):.2f} ms B/A={cpu(r['B']) / cpu_a:.2f}"
          + ("; writes confirmed A1/B/A2 " + "/".join(str(r[k]["writes"]) for k in ("A1", "B", "A2"))
             + ", failed " + "/".join(str(r[k]["write_failures"]) for k in ("A1", "B", "A2"))
             if "writes" in r["B"] else ""))
PY
