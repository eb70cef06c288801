#!/usr/bin/env bash
# The live Klartext endpoint under N concurrent typists (each sends a check every 400 ms, as the editor does while
# someone types without stopping), then as fast as it answers (capacity), next to a small static file in one run.
# Usage: klartext.sh BASE_URL COOKIE [DURATION=30s] [CONNECTIONS=50]    (loopback only, bounded)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=$1 cookie=$2 duration=${3:-30s} connections=${4:-50}
case $base in http://127.0.0.1:*) ;; *) echo "loopback only: $base" >&2; exit 2 ;; esac
csrf=$(curl -s -b "$cookie" "$base/klartext" | grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//;s/"$//')
[ -n "$csrf" ] || { echo "no CSRF token (signed in?)" >&2; exit 1; }
echo "# $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg) | wrk -t2 -c$connections -d$duration /js/app.js"
wrk -t2 -c"$connections" -d"$duration" -s "$here/report.lua" -H "Cookie: $cookie" "$base/js/app.js" | grep '^RESULT' | sed 's|^RESULT|RESULT static /js/app.js|'
for pause in 400 0; do
  echo "# $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg) | wrk -t2 -c$connections -d$duration POST /klartext/check, pause $pause ms"
  PAUSE_MS=$pause CSRF=$csrf COOKIE=$cookie wrk -t2 -c"$connections" -d"$duration" -s "$here/klartext.lua" "$base" \
    | grep '^RESULT' | sed "s|^RESULT|RESULT klartext-pause-$pause /klartext/check|"
done
