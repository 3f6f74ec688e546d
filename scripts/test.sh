#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets everything up, builds, and runs the whole test suite, then a short run of every fuzz target.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" "$@"
build=${WIJKNET_BUILD_DIR:-$root/build}
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
# The fuzz targets: the committed corpus replayed, then a short run of each (docs/robustness.md).
"$root/scripts/fuzz.sh" "${WIJKNET_FUZZ_SECONDS:-30}"
