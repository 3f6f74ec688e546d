#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Ecomaps per second: wijknet (SVG and PDF) against Graphviz, in the same run (docs/benchmarks.md).
# usage: bench/run_ecomap_benchmarks.sh [CLIENTS]   (default 1000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WIJKNET_BUILD_DIR:-$root/build}
clients=${1:-1000}
# Outputs go to memory (/dev/shm) where there is one, so the file system times none of the tools.
out=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
trap 'rm -rf "$out"' EXIT
command -v neato >/dev/null || { echo "needs neato (Debian package graphviz)" >&2; exit 1; }
cmake --build "$build" --target ecomap_bench >/dev/null

source "$root/bench/check_quiet_machine.sh"
check_quiet_machine
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); date: $(date -u +%Y-%m-%d); $(neato -V 2>&1)"
"$build/bench/ecomap_bench" "$clients" "$out"
start=$(date +%s.%N)
for dot in "$out"/dot/*.dot; do neato -Tsvg "$dot" -o "${dot%.dot}.svg"; done
end=$(date +%s.%N)
awk -v n="$clients" -v s="$start" -v e="$end" 'BEGIN { printf "neato-process svg %d ecomaps %.3f s %.1f per second (1 core)\n", n, e - s, n / (e - s) }'
# The same with one neato process per core at a time, as wijknet draws on every core.
cores=$(nproc)
start=$(date +%s.%N)
find "$out/dot" -name '*.dot' -print0 | xargs -0 -P "$cores" -I{} neato -Tsvg {} -o {}.svg
end=$(date +%s.%N)
awk -v n="$clients" -v s="$start" -v e="$end" -v c="$cores" 'BEGIN { printf "neato-process svg %d ecomaps %.3f s %.1f per second (%d cores)\n", n, e - s, n / (e - s), c }'
# Graphviz's labels on the same ego networks: how many overlap (wijknet's layout tests hold none).
/usr/bin/python3 "$root/bench/graphviz_label_overlaps.py" "$out/dot" neato
