#!/usr/bin/env bash
# A throwaway PostgreSQL (Debian's postgresql package) on 127.0.0.1:55432 for kill_test.py --db postgres.
# Usage: start_postgres.sh DIR   (stop it with: pg_ctl -D DIR stop, as the same user)
# As root the server runs as the postgres user, which initdb requires.
set -euo pipefail
dir=$1 port=${PGPORT_TEST:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as=()
if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); fi
mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
pw=$(mktemp)
echo augenhoehe > "$pw"; chmod 644 "$pw"
"${as[@]}" "$bin/initdb" -D "$dir" -U augenhoehe --pwfile="$pw" --auth=scram-sha-256 >/dev/null
rm -f "$pw"
# synchronous_commit and fsync stay at their defaults (on): the test is about what a default server keeps
"${as[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" -w start >/dev/null
echo "PostgreSQL on 127.0.0.1:$port, user augenhoehe, password augenhoehe; stop: ${as[*]} $bin/pg_ctl -D $dir stop"
