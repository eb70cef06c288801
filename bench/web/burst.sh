#!/usr/bin/env bash
# A brand-new sign-in, then 50 connections at once on one page, three times: every request of the burst arrives
# before any page has stored the session's CSRF token, so each one stores it (the race that answered 500 before
# Spring Session stored new attributes as upserts). Loopback only, bounded; stops the server it starts.
# Usage: bench/web/burst.sh JAR DATA_DIR EMAIL PASSWORD [PATH=/]   (DATA_DIR is copied, never written)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=$(realpath "$1") email=$3 password=$4 path=${5:-/}
port=18097
work=$(mktemp -d)
cp -r "$2" "$work/data"
AUGENHOEHE_DATA_DIR="$work/data" java -Xmx512m -jar "$jar" --server.port=$port --server.address=127.0.0.1 \
  >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -s "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 $pid 2>/dev/null || { echo "the app stopped:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  sleep 0.3
done
for round in 1 2 3; do
  cookie=$("$here/login.sh" "http://127.0.0.1:$port" "$email" "$password")
  out=$(wrk -t2 -c50 -d3s -H "Cookie: $cookie" "http://127.0.0.1:$port$path")
  errors=$(echo "$out" | sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p')
  echo "round $round: $(echo "$out" | grep -o 'Requests/sec: *[0-9.]*'), failed responses: ${errors:-0}"
done
echo "DuplicateKeyException lines in the log: $(grep -c DuplicateKeyException "$work/app.log" || true)"
