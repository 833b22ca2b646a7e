# A private PostgreSQL cluster for the tests, on a free local port, trusted, removed when the
# calling shell exits. Sets SUMMIT_DESK_TEST_PG to the URL of its maintenance database.
start_test_postgres() {
  local initdb bindir dir owner port
  initdb="$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$initdb" ] || { say "PostgreSQL's initdb was not found"; return 1; }
  bindir="$(dirname "$(readlink -f "$initdb")")"
  dir="$(mktemp -d /tmp/summit-desk-pg.XXXXXX)"
  owner="$(id -un)"
  local run=()
  if [ "$(id -u)" = 0 ]; then
    # PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent postgres
    chown postgres "$dir"; owner=postgres; run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bindir/initdb" -D "$dir/data" -U "$owner" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # shellcheck disable=SC2064
  trap "${run[*]} '$bindir/pg_ctl' -D '$dir/data' -m immediate stop >/dev/null 2>&1; rm -rf '$dir'" EXIT
  for port in $(seq 55432 55452); do
    if "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
      start >/dev/null 2>&1; then
      export SUMMIT_DESK_TEST_PG="postgresql+psycopg://$owner@127.0.0.1:$port/postgres"
      say "PostgreSQL for the tests on port $port"
      return 0
    fi
  done
  say "PostgreSQL did not start:"; cat "$dir/log" >&2; return 1
}
