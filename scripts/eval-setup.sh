#!/usr/bin/env bash
# Prepares what `spool eval` needs for its baselines, idempotently, outside the clone:
#   - a virtualenv with numpy, scipy, implicit and lightfm 1.17 (built from source);
#   - MovieLens-100K's ml-100k.inter, taken from the recbole wheel on PyPI.
# The data set is fetched into the cache and never committed (its licence forbids
# redistribution).
#
# Everything it reports goes to stderr; stdout gets exactly two lines at the end:
#   PYTHON=<path to the venv's python>
#   INTER=<path to ml-100k.inter>
#
# Cache: ${SPOOL_EVAL_CACHE:-$HOME/.cache/spool-eval}
set -euo pipefail

cache="${SPOOL_EVAL_CACHE:-$HOME/.cache/spool-eval}"
venv="$cache/venv"
py="$venv/bin/python"
inter="$cache/ml-100k/ml-100k.inter"

log() { printf '==> %s\n' "$*" >&2; }
pip_q() { "$py" -m pip -q --disable-pip-version-check "$@" >&2; }
has() { "$py" -c "import $1" >/dev/null 2>&1; }

mkdir -p "$cache"

# --- system packages (only when something is missing, and only as root) -------------
need_apt=()
python3 -m venv --help >/dev/null 2>&1 || need_apt+=(python3-venv)
command -v cc >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || need_apt+=(build-essential)
python3 - <<'EOF' >/dev/null 2>&1 || need_apt+=(python3-dev)
import os, sysconfig, sys
sys.exit(0 if os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")) else 1)
EOF
if [ "${#need_apt[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "installing python3-venv python3-dev build-essential (apt-get; missing: ${need_apt[*]})"
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv python3-dev build-essential >&2
    else
        log "missing ${need_apt[*]} and not root: install them first" && exit 1
    fi
fi

# --- virtualenv ------------------------------------------------------------------------
if ! "$py" -c 'import sys' >/dev/null 2>&1; then
    log "creating virtualenv $venv"
    rm -rf "$venv"
    python3 -m venv "$venv"
fi

# numpy, scipy and implicit come as wheels.
missing=()
for mod in numpy scipy implicit; do has "$mod" || missing+=("$mod"); done
if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    pip_q install "${missing[@]}"
fi

# lightfm 1.17 ships only an sdist, and its setup.py does
# `__builtins__.__LIGHTFM_SETUP__ = True`, which fails under every PEP 517 build
# (setuptools' build_meta exec()s setup.py with __builtins__ as a dict:
# "AttributeError: 'dict' object has no attribute '__LIGHTFM_SETUP__'"). So it is
# built with pip's legacy `setup.py bdist_wheel` path, which pip 25.3 removed: pip is
# held below 25.3 in this venv, and the build uses the venv's own setuptools/wheel.
if ! "$py" -c 'import lightfm._lightfm_fast' >/dev/null 2>&1; then
    log "building lightfm 1.17 from source"
    pip_q install 'pip<25.3' setuptools wheel
    pip_q install --no-build-isolation --no-use-pep517 'lightfm==1.17'
fi

# --- MovieLens-100K (from the recbole wheel) -------------------------------------------
if [ ! -s "$inter" ]; then
    log "fetching the recbole wheel for ml-100k.inter"
    mkdir -p "$cache/wheels" "$(dirname "$inter")"
    shopt -s nullglob
    wheels=("$cache"/wheels/recbole-*.whl)
    if [ "${#wheels[@]}" -eq 0 ]; then
        pip_q download --no-deps --only-binary=:all: -d "$cache/wheels" recbole
        wheels=("$cache"/wheels/recbole-*.whl)
    fi
    shopt -u nullglob
    [ "${#wheels[@]}" -gt 0 ] || { log "no recbole wheel downloaded"; exit 1; }
    "$py" - "${wheels[-1]}" "$inter" <<'EOF'
import os, sys, zipfile
wheel, dest = sys.argv[1], sys.argv[2]
member = "recbole/dataset_example/ml-100k/ml-100k.inter"
tmp = dest + ".tmp"
with zipfile.ZipFile(wheel) as z, open(tmp, "wb") as out:
    out.write(z.read(member))
os.replace(tmp, dest)
EOF
fi
head -n1 "$inter" | grep -q 'user_id:token' || { log "unexpected header in $inter"; exit 1; }

echo "PYTHON=$py"
echo "INTER=$inter"
