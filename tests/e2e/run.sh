#!/usr/bin/env bash
# Browser end-to-end tests of the web client against a built `spool` binary:
#   SPOOL_BIN=target/debug/spool tests/e2e/run.sh [FILE.test.mjs ...]
# With no file, every *.test.mjs here runs; SPOOL_E2E_FILTER=REGEX runs only the tests
# whose name matches.
# Needs node/npm, ffmpeg and Debian's chromium (installed here when missing, like the
# other test tools); screenshots go to ${SPOOL_E2E_ARTIFACTS:-tests/e2e/artifacts}.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../../scripts/lib.sh"
: "${SPOOL_BIN:?set SPOOL_BIN to the spool binary to test}"
SPOOL_BIN="$(cd "$(dirname "$SPOOL_BIN")" && pwd)/$(basename "$SPOOL_BIN")"
export SPOOL_BIN
ensure_packages node:nodejs npm:npm ffmpeg:ffmpeg chromium:chromium
# Glyphs for every script the tests read (Debian's chromium brings only DejaVu: Thai,
# Devanagari, Bengali and CJK would be drawn as empty boxes of the wrong width).
fc-list :lang=th | grep -q . || install_packages fonts-noto-core
fc-list :lang=ja | grep -q . || install_packages fonts-wqy-zenhei
files=()
for f in "$@"; do files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
[ ${#files[@]} -gt 0 ] || files=(*.test.mjs)
filter=()
[ -z "${SPOOL_E2E_FILTER:-}" ] || filter=(--test-name-pattern "$SPOOL_E2E_FILTER")
exec node --test --test-concurrency=1 --test-reporter=spec "${filter[@]}" "${files[@]}"
