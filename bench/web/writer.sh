#!/usr/bin/env bash
# Writes into the workspace at a steady rate while its pages are measured: captures a client question on an
# engagement every INTERVAL seconds, for DURATION seconds at most, on loopback only. Stops on SIGTERM too.
# Prints "WRITES <confirmed> <failed>" at the end (confirmed: the app answered 302).
# Usage: writer.sh BASE_URL COOKIE ENGAGEMENT_PATH [INTERVAL=0.1] [DURATION=60]
set -euo pipefail
base=$1 cookie=$2 engagement=$3 interval=${4:-0.1} duration=${5:-60}
case $base in http://127.0.0.1:*) ;; *) echo "loopback only: $base" >&2; exit 2 ;; esac
token=$(curl -s -b "$cookie" "$base$engagement" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
  | sed 's/.*value="//;s/"$//')
[ -n "$token" ] || { echo "no form on $engagement" >&2; exit 1; }
ok=0 failed=0 i=0 end=$((SECONDS + duration)) stop=0
trap 'stop=1' TERM
while [ $stop -eq 0 ] && [ $SECONDS -lt $end ]; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" --data-urlencode "_csrf=$token" \
    --data-urlencode "text=Geht das bis Freitag, Nummer $i?" "$base$engagement/questions" || true)
  if [ "$code" = 302 ]; then ok=$((ok + 1)); else failed=$((failed + 1)); fi
  i=$((i + 1))
  sleep "$interval"
done
echo "WRITES $ok $failed"
