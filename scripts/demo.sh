#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets everything up, builds, and runs `wijknet demo` on the embedded sample neighbourhood.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
build=${WIJKNET_BUILD_DIR:-$root/build}
"$build/tools/wijknet" demo --out "${1:-$root/wijknet-demo}"
