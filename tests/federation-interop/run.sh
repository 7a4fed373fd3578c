#!/usr/bin/env bash
# Interoperability of Spool's ActivityPub federation with an independent implementation,
# Fedify 1.5.9 (npm): a built `spool` binary and two Fedify peers (peer.mjs) on free
# loopback ports, each its own host (localhost:PORT), the checks in interop.mjs.
#   SPOOL_BIN=target/debug/spool tests/federation-interop/run.sh
# Prints one PASS/FAIL line per check and "interop: N passed, M failed"; on a failure,
# the logs of Spool and the peers too. SPOOL_INTEROP_KEEP=1 keeps the temporary folder;
# SPOOL_INTEROP_PEERS="NAME=KEYTYPES ..." sets other peers (see below).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../../scripts/lib.sh"
: "${SPOOL_BIN:?set SPOOL_BIN to the spool binary to test}"
SPOOL_BIN="$(cd "$(dirname "$SPOOL_BIN")" && pwd)/$(basename "$SPOOL_BIN")"
ensure_packages node:nodejs npm:npm ffmpeg:ffmpeg
cd "$here"
npm ci --no-audit --no-fund --loglevel=error

tmp="$(mktemp -d "${TMPDIR:-/tmp}/spool-interop.XXXXXX")"
spool_pid="" peer_pids=()
stop() { # PID: SIGTERM, then SIGKILL after 10 s
    local pid="$1"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
    for pid in "${peer_pids[@]}"; do stop "$pid"; done
    stop "$spool_pid"
    wait 2>/dev/null || true
    if [ -n "${SPOOL_INTEROP_KEEP:-}" ]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
show_logs() {
    echo "----- spool log ($tmp/spool.log) -----"
    cat "$tmp/spool.log" || true
    for f in "$tmp"/peer-*.log; do
        echo "----- fedify peer log ($f) -----"
        cat "$f" || true
    done
    echo "-----"
}
free_port() {
    node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

ffmpeg -nostdin -loglevel error -y -f lavfi -i testsrc2=size=180x320:rate=25 -f lavfi -i sine=frequency=440 \
    -t 1.2 -c:v libx264 -c:a aac -pix_fmt yuv420p "$tmp/clip.mp4"

# The Fedify peers, NAME=KEY-TYPES each (the actor's keys, in order): one with an RSA key
# only (`publicKey` is one object), one with the set Fedify's manual recommends, RSA and
# Ed25519 (`publicKey` a list; its activities carry Ed25519 integrity proofs too).
read -r -a peers <<<"${SPOOL_INTEROP_PEERS:-bob=RSASSA-PKCS1-v1_5 carol=RSASSA-PKCS1-v1_5,Ed25519 dave=Ed25519,RSASSA-PKCS1-v1_5}"
ports=()
while [ "${#ports[@]}" -le "${#peers[@]}" ]; do
    p="$(free_port)"
    [[ " ${ports[*]} " == *" $p "* ]] || ports+=("$p")
done
spool_port="${ports[0]}"

mkdir -p "$tmp/data"
NO_COLOR=1 RUST_LOG="${RUST_LOG:-info,spool_server=debug}" \
SPOOL_SERVER__PUBLIC_URL="http://localhost:$spool_port" \
SPOOL_FEDERATION__ENABLED=true \
SPOOL_FEDERATION__ALLOW_LOCAL=true \
SPOOL_RATE_LIMITS__ENABLED=false \
    "$SPOOL_BIN" serve --data "$tmp/data" --listen "127.0.0.1:$spool_port" >"$tmp/spool.log" 2>&1 &
spool_pid=$!

peer_pids=() peer_urls=()
for i in "${!peers[@]}"; do
    name="${peers[$i]%%=*}" port="${ports[$((i + 1))]}"
    PORT="$port" AP_USER="$name" PEER_KEYS="${peers[$i]#*=}" KEYFILE="$tmp/$name-keys.json" \
    FEDIFY_LOG="${FEDIFY_LOG:-info}" node peer.mjs >"$tmp/peer-$name.log" 2>&1 &
    peer_pids+=($!)
    peer_urls+=("http://localhost:$port")
done

for _ in $(seq 600); do # up to 5 min: a debug build's first start is slow on a busy machine
    grep -q "spool listening on" "$tmp/spool.log" 2>/dev/null && break
    kill -0 "$spool_pid" 2>/dev/null || { echo "spool exited at start" >&2; show_logs; exit 1; }
    sleep 0.5
done
grep -q "spool listening on" "$tmp/spool.log" || { echo "spool did not start" >&2; show_logs; exit 1; }
for i in "${!peers[@]}"; do
    log_file="$tmp/peer-${peers[$i]%%=*}.log"
    for _ in $(seq 100); do
        grep -q "fedify peer" "$log_file" 2>/dev/null && break
        kill -0 "${peer_pids[$i]}" 2>/dev/null || { echo "a fedify peer exited at start" >&2; show_logs; exit 1; }
        sleep 0.2
    done
    grep -q "fedify peer" "$log_file" || { echo "a fedify peer did not start" >&2; show_logs; exit 1; }
done

status=0
SPOOL_URL="http://localhost:$spool_port" PEER_URLS="${peer_urls[*]}" CLIP="$tmp/clip.mp4" node interop.mjs || status=$?
[ "$status" -eq 0 ] || show_logs
exit "$status"
