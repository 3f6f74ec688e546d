#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs one of the editor's node test files against a wijknet binary: run.sh BINARY FILE.test.mjs
set -eu
binary=$1
file=$2
here=$(cd "$(dirname "$0")" && pwd)
command -v node >/dev/null || { echo "editor tests: node is missing (run scripts/setup.sh)" >&2; exit 1; }
[ -d "$here/node_modules/playwright-core" ] || { echo "editor tests: tests/editor/node_modules is missing (run scripts/setup.sh)" >&2; exit 1; }
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "editor tests: chromium is missing (run scripts/setup.sh)" >&2; exit 1; }
cd "$here"
WIJKNET_BINARY=$binary exec node --test --test-concurrency=1 --test-reporter=spec "$file"
