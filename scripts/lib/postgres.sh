# A private PostgreSQL instance on loopback for the tests and scripts/cluster: Debian's
# server package, its own data folder, a free port, trust authentication for the one
# local superuser. Source after scripts/lib.sh.
# shellcheck shell=bash

# pg_bin — prints the folder of Debian's PostgreSQL server programs, installing the
# package when it is missing.
pg_bin() {
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
        install_packages postgresql >&2
        bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    fi
    printf '%s\n' "$bin"
}

# free_port — prints a TCP port on 127.0.0.1 that nothing listens on right now.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# pg_start DIR — starts (creating on first use) an instance with its data in DIR/data,
# and exports SPOOL_PG_URL (postgres://spool@127.0.0.1:PORT) and SPOOL_PG_DIR. The
# server runs as the invoking user; as root it runs as the unprivileged `postgres` user
# (PostgreSQL refuses to run as root), which then owns DIR.
pg_start() {
    local dir="$1" bin port run=()
    bin="$(pg_bin)"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
        chown -R postgres "$dir"
        run=(runuser -u postgres --)
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        "${run[@]}" "$bin/initdb" -D "$dir/data" -U spool --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
            { cat "$dir/initdb.log" >&2; return 1; }
        # Erasure (docs/deploy.md): a checkpoint removes, not recycles, old WAL segments,
        # so rows erased and vacuumed leave no copy in pg_wal.
        cat >>"$dir/data/postgresql.conf" <<'EOF'
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
wal_recycle = off
max_connections = 300
shared_buffers = 128MB
fsync = on
log_error_verbosity = terse
log_min_error_statement = panic
EOF
    fi
    port="$(free_port)"
    "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 60 start >/dev/null ||
        { tail -20 "$dir/server.log" >&2; return 1; }
    export SPOOL_PG_URL="postgres://spool@127.0.0.1:$port"
    export SPOOL_PG_DIR="$dir"
    log "PostgreSQL listening on 127.0.0.1:$port (data in $dir/data)"
}

# pg_stop DIR — stops the instance of DIR if it runs.
pg_stop() {
    local dir="$1" bin run=()
    [ -f "$dir/data/postmaster.pid" ] || return 0
    bin="$(pg_bin)"
    [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
    "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}
