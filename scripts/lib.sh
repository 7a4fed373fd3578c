# Shared by scripts/run and scripts/test: install what is missing, nothing else.
# shellcheck shell=bash

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "need root (or sudo) to run: $*" >&2; return 1; fi
}

APT_UPDATED=""
# ensure_packages CMD:PACKAGE ... — installs PACKAGE with apt-get when CMD is missing.
ensure_packages() {
    local missing=()
    for pair in "$@"; do
        local cmd="${pair%%:*}" pkg="${pair#*:}"
        command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    install_packages "${missing[@]}"
}

# install_packages PACKAGE ... — apt-get install, once per script run updating the index.
install_packages() {
    local missing=("$@")
    command -v apt-get >/dev/null || { echo "missing ${missing[*]} and no apt-get to install them" >&2; return 1; }
    log "installing ${missing[*]} (apt-get)"
    if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_rust() {
    if ! command -v cargo >/dev/null; then
        [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
    fi
    command -v cargo >/dev/null || {
        echo "cargo not found: install Rust with rustup (https://rustup.rs), then run this again" >&2
        return 1
    }
    for component in rustfmt clippy; do
        if ! cargo "${component/rustfmt/fmt}" --version >/dev/null 2>&1; then
            log "adding the $component component"
            rustup component add "$component"
        fi
    done
}

# The system packages Spool needs at run time.
ensure_runtime() {
    ensure_packages ffmpeg:ffmpeg ffprobe:ffmpeg
}
