#!/usr/bin/env bash
# Signs in once and prints the session cookie ("SESSION=..."), for wrk's -H "Cookie: ...".
# Usage: login.sh BASE_URL EMAIL PASSWORD     (BASE_URL must be on 127.0.0.1)
set -euo pipefail
base=$1 email=$2 password=$3
case $base in http://127.0.0.1:*) ;; *) echo "loopback only: $base" >&2; exit 2 ;; esac
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$email" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "$base/login"
cookie=$(awk '$6=="SESSION"{print "SESSION="$7}' "$jar")
[ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }
echo "$cookie"
