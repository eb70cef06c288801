#!/usr/bin/env bash
# Soak test: 50 connections on the dashboard, an engagement, a conversation, a brief and a client page for a bounded
# time (default 10 minutes), on loopback, while the app's heap and data folder are sampled every 10 seconds.
# Usage: soak.sh BASE_URL COOKIE PID DATA_DIR [DURATION=10m] [CONNECTIONS=50]
#   PID: the app's process id (for jcmd); DATA_DIR: its data folder.
# Prints the wrk RESULT line, then SAMPLE lines (seconds, heap used after the last GC in MB, heap committed in MB,
# data folder in KB) and a SUMMARY line: errors, the largest heap used, and the data folder's growth.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=$1 cookie=$2 pid=$3 data=$4 duration=${5:-10m} connections=${6:-50}
case $base in http://127.0.0.1:*) ;; *) echo "loopback only: $base" >&2; exit 2 ;; esac

links() { curl -s -b "$cookie" "$base$1" | grep -o "href=\"$2\"" | sed 's/href="//;s/"$//' | awk '!seen[$0]++' || true; }
engagement='' conversation='' brief=''
for e in $(links /engagements '/engagements/[0-9]*' | head -20); do
  conversation=$(links "$e" '/conversations/[0-9]*' | head -1)
  brief=$(links "$e" '/briefs/[0-9]*' | head -1)
  if [ -n "$conversation" ] && [ -n "$brief" ]; then engagement=$e; break; fi
done
[ -n "$engagement" ] || { echo "no engagement with a conversation and a brief" >&2; exit 1; }
client=$(links /clients '/clients/[0-9]*' | head -1)
pages="/ $engagement $conversation $brief $client"
for p in $pages; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "$base$p")
  [ "$code" = 200 ] || { echo "GET $p answered $code" >&2; exit 1; }
done

heap() { # used MB (after the last collection, G1's region count), committed MB
  jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {
      for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i+1); if ($i == "used") u = $(i+1) }
      gsub(/[^0-9]/, "", t); gsub(/[^0-9]/, "", u); printf "%d %d", u / 1024, t / 1024 }'
}
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT
start_kb=$(du -sk "$data" | cut -f1)
echo "# $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg) | soak $duration, $connections connections: $pages"
PAGES="$pages" wrk -t2 -c"$connections" -d"$duration" --latency -s "$here/soak.lua" -H "Cookie: $cookie" "$base/" \
  | grep '^RESULT' &
wrk_pid=$!
t=0
while kill -0 "$wrk_pid" 2>/dev/null; do
  echo "SAMPLE $t $(heap) $(du -sk "$data" | cut -f1)" | tee -a "$samples"
  sleep 10
  t=$((t + 10))
done
wait "$wrk_pid"
end_kb=$(du -sk "$data" | cut -f1)
echo "# $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v s="$start_kb" -v e="$end_kb" '{ if ($3 > max) max = $3 } END {
  printf "SUMMARY heap_used_max_mb=%d data_dir_kb_start=%d data_dir_kb_end=%d growth_kb=%d\n", max, s, e, e - s }' "$samples"
