# A private PostgreSQL cluster for the tests, on a local port, trusted, torn down with the shell.
# Sets SUMMIT_DESK_TEST_PG to a URL of its maintenance database.
start_test_postgres() {
  local bindir port=55432 dir owner
  bindir="$(dirname "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
  dir="$(mktemp -d /tmp/summit-desk-pg.XXXXXX)"
  owner="$(id -un)"
  local run=()
  if [ "$(id -u)" = 0 ]; then
    # PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent postgres
    chown postgres "$dir"; owner=postgres; run=(runuser -u postgres --)
  fi
  while "$bindir/pg_isready" -h 127.0.0.1 -p "$port" >/dev/null 2>&1; do port=$((port + 1)); done
  "${run[@]}" "$bindir/initdb" -D "$dir/data" -U "$owner" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  export SUMMIT_DESK_TEST_PG="postgresql+psycopg://$owner@127.0.0.1:$port/postgres"
  # shellcheck disable=SC2064
  trap "${run[*]} '$bindir/pg_ctl' -D '$dir/data' -m immediate stop >/dev/null 2>&1; rm -rf '$dir'" EXIT
  say "PostgreSQL for the tests on port $port"
}
