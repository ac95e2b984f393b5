# Sourced by .ci/run: a throwaway PostgreSQL cluster on loopback for the suite's PostgreSQL pass.
#   postgres_start   installs PostgreSQL from Debian's packages if missing, creates a cluster in a temporary folder,
#                    starts it on 127.0.0.1 on a free port and exports RECTIFICATION_TEST_POSTGRES (a connection string
#                    without a database: each test host creates and drops its own).
#   postgres_stop    stops the cluster and deletes its folder; safe to call twice, and from a trap.
# Durability is off (fsync, synchronous_commit): the cluster lives for one run, and its data is thrown away.

postgres_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

postgres_install() {
  echo "PostgreSQL is not installed; installing it from Debian's packages." >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

postgres_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

# initdb and postgres refuse to run as root: as root, the cluster belongs to the 'postgres' account the package made.
postgres_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  local bindir port
  bindir=$(postgres_bindir) || true
  if [ -z "$bindir" ]; then
    postgres_install || { echo "PostgreSQL could not be installed (apt-get failed)." >&2; return 1; }
    bindir=$(postgres_bindir) || { echo "PostgreSQL was installed but initdb is not found." >&2; return 1; }
  fi

  POSTGRES_DIR=$(mktemp -d -t rectification-postgres-XXXXXX)
  chmod 755 "$POSTGRES_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$POSTGRES_DIR"
  port=$(postgres_free_port) || { echo "No free port for PostgreSQL on 127.0.0.1." >&2; return 1; }

  postgres_as_owner "$bindir/initdb" -D "$POSTGRES_DIR/data" -U rectification --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$POSTGRES_DIR/initdb.log" 2>&1 \
    || { cat "$POSTGRES_DIR/initdb.log" >&2; echo "initdb failed." >&2; return 1; }
  postgres_as_owner "$bindir/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $POSTGRES_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" >/dev/null \
    || { cat "$POSTGRES_DIR/server.log" >&2; echo "PostgreSQL did not start." >&2; return 1; }
  POSTGRES_BINDIR=$bindir
  export RECTIFICATION_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=rectification"
  echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($POSTGRES_DIR)" >&2
}

postgres_stop() {
  if [ -n "${POSTGRES_DIR:-}" ] && [ -d "$POSTGRES_DIR/data" ]; then
    postgres_as_owner "$POSTGRES_BINDIR/pg_ctl" -D "$POSTGRES_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$POSTGRES_DIR"
  fi
  POSTGRES_DIR=""
}
