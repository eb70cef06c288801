#!/usr/bin/env bash
# Page throughput side by side with a small static file, in one run, on loopback, bounded in time.
# Usage: pages.sh BASE_URL COOKIE [DURATION=30s] [CONNECTIONS=50] [PATH...]
#   Without PATHs it finds a dashboard, engagement, conversation, brief and client page by following links.
# Prints one RESULT line per target (wrk + report.lua) with the load average before it, and a ratio line per page:
# page requests/s divided by the static file's requests/s from the same run (the mean of before and after).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=$1 cookie=$2 duration=${3:-30s} connections=${4:-50}
shift $(( $# < 4 ? $# : 4 ))
case $base in http://127.0.0.1:*) ;; *) echo "loopback only: $base" >&2; exit 2 ;; esac
threads=$(( connections < 2 ? 1 : 2 ))
static=/js/app.js

links() { # the links on a page that match a pattern, in page order, each once
  curl -s -b "$cookie" "$base$1" | grep -o "href=\"$2\"" | sed 's/href="//;s/"$//' | awk '!seen[$0]++' || true
}
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  engagement='' conversation='' brief=''
  for e in $(links /engagements '/engagements/[0-9]*' | head -20); do  # the first one with a conversation and a brief
    conversation=$(links "$e" '/conversations/[0-9]*' | head -1)
    brief=$(links "$e" '/briefs/[0-9]*' | head -1)
    if [ -n "$conversation" ] && [ -n "$brief" ]; then engagement=$e; break; fi
  done
  [ -n "$engagement" ] || { echo "no engagement with a conversation and a brief on the first page" >&2; exit 1; }
  client=$(links /clients '/clients/[0-9]*' | head -1)
  paths=(/ "$engagement" "$conversation" "$brief" "$client")
fi
for p in "${paths[@]}"; do  # a page that fails is not a benchmark
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "$base$p")
  [ "$code" = 200 ] || { echo "GET $p answered $code" >&2; exit 1; }
done

run() { # name path
  echo "# $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg) | wrk -t$threads -c$connections -d$duration $2"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/report.lua" -H "Cookie: $cookie" "$base$2" \
    | grep '^RESULT' | sed "s|^RESULT|RESULT $1 $2|"
}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
curl -s -o /dev/null -b "$cookie" "$base$static"
{
  run static "$static"
  for p in "${paths[@]}"; do run page "$p"; done
  run static "$static"
} | tee "$out"
python3 - "$out" <<'PY'
import json, sys
rows = [l.split(" ", 3) for l in open(sys.argv[1]) if l.startswith("RESULT")]
static = [json.loads(r[3])["rps"] for r in rows if r[1] == "static"]
ref = sum(static) / len(static)
for r in rows:
    if r[1] == "page":
        d = json.loads(r[3])
        ok = d["p99_ms"] <= 50 and d["http_errors"] == 0 and d["socket_errors"] == 0 and d["rps"] >= 0.25 * ref
        print(f"RATIO {r[2]} rps={d['rps']:.0f} static_rps={ref:.0f} ratio={d['rps'] / ref:.2f} "
              f"p50={d['p50_ms']:.1f}ms p99={d['p99_ms']:.1f}ms errors={d['http_errors'] + d['socket_errors']} "
              f"{'meets' if ok else 'misses'} the goal (p99<=50ms, 0 errors, ratio>=0.25)")
PY
