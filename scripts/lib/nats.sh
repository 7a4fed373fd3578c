# A private NATS server with JetStream for the test suite and local clusters.
# shellcheck shell=bash
#
#   source scripts/lib.sh          # log, ensure_packages
#   source scripts/lib/nats.sh
#   nats_start "$WORK/nats"         # installs Debian's nats-server if missing, starts it
#                                   # on a free loopback port, waits until it is ready,
#                                   # exports SPOOL_TEST_NATS_URL (and NATS_URL)
#   ...
#   nats_stop                       # stops it (also registered for EXIT by nats_start)
#
# The server keeps its JetStream data and its log (nats.log) in the folder given, which
# is created; nothing outside it is touched.

NATS_PID=""
NATS_DIR=""

# nats_free_port — prints a TCP port on 127.0.0.1 that nothing listens on.
nats_free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "no free port found" >&2
    return 1
}

# nats_start DIR — starts nats-server with JetStream, data and log under DIR.
nats_start() {
    local dir="$1"
    [ -n "$dir" ] || { echo "nats_start needs a folder" >&2; return 1; }
    ensure_packages nats-server:nats-server
    # Debian puts it in /usr/sbin, which a non-login PATH may lack.
    local bin
    bin="$(command -v nats-server || echo /usr/sbin/nats-server)"
    [ -x "$bin" ] || { echo "nats-server is not installed" >&2; return 1; }
    mkdir -p "$dir/jetstream"
    NATS_DIR="$dir"
    local port monitor
    port="$(nats_free_port)" || return 1
    monitor="$(nats_free_port)" || return 1
    "$bin" --addr 127.0.0.1 --port "$port" --http_port "$monitor" \
        --jetstream --store_dir "$dir/jetstream" \
        --log "$dir/nats.log" --pid "$dir/nats.pid" &
    NATS_PID=$!
    # The caller stops it (nats_stop), e.g. from its own EXIT trap.
    # Ready when the monitoring endpoint says JetStream is up.
    local i
    for i in $(seq 1 100); do
        if ! kill -0 "$NATS_PID" 2>/dev/null; then
            echo "nats-server exited at start; its log:" >&2
            tail -n 20 "$dir/nats.log" >&2
            NATS_PID=""
            return 1
        fi
        if (exec 3<>"/dev/tcp/127.0.0.1/$monitor" && printf 'GET /healthz?js-enabled-only=true HTTP/1.0\r\n\r\n' >&3 && grep -q '"ok"' <&3) 2>/dev/null; then
            export SPOOL_TEST_NATS_URL="nats://127.0.0.1:$port"
            export NATS_URL="$SPOOL_TEST_NATS_URL"
            log "nats-server (JetStream) on $SPOOL_TEST_NATS_URL, log $dir/nats.log"
            return 0
        fi
        sleep 0.1
    done
    echo "nats-server did not become ready in 10 s; its log:" >&2
    tail -n 20 "$dir/nats.log" >&2
    nats_stop
    return 1
}

# nats_stop — stops the server nats_start started (and only that one).
nats_stop() {
    if [ -n "$NATS_PID" ] && kill -0 "$NATS_PID" 2>/dev/null; then
        kill -TERM "$NATS_PID" 2>/dev/null
        for _ in $(seq 1 50); do
            kill -0 "$NATS_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$NATS_PID" 2>/dev/null || true
        wait "$NATS_PID" 2>/dev/null || true
    fi
    NATS_PID=""
}
