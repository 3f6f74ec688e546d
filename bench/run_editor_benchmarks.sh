#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The editor's speed (docs/benchmarks.md): the time from a change in the page to the redrawn
# ecomap in Debian's chromium at 10, 30 and 60 contacts, and on a project of the 100k-resident
# benchmark network the time to import and open it and the changes per second the server takes.
# usage: bench/run_editor_benchmarks.sh [RESIDENTS]   (default 100k)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WIJKNET_BUILD_DIR:-$root/build}
data=${WIJKNET_BENCH_DATA:-/tmp/wijknet-bench}
size=${1:-100k}
cmake --build "$build" --target generate_network wijknet >/dev/null
source "$root/bench/check_quiet_machine.sh"
check_quiet_machine
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
export WIJKNET_BINARY=$build/tools/wijknet
cd "$root/tests/editor"

echo "== latency in the browser: a change (a contact moved to another ring with its key) to the redrawn ecomap"
node "$root/bench/editor_benchmark.mjs" latency 10 30 60

dir=$data/$size
[[ -f $dir/ties.csv ]] || "$build/bench/generate_network" --residents "$size" --out "$dir" 2>/dev/null
project=$data/$size.wijknet
rm -f "$project" "$project-wal" "$project-shm"
echo "== the $size network as a project"
start=$(date +%s.%N)
"$WIJKNET_BINARY" import "$dir" "$project" >/dev/null
end=$(date +%s.%N)
awk -v a="$start" -v b="$end" -v s="$(du -m "$project" | cut -f1)" 'BEGIN { printf "import (CSV pair to project): %.2f s, %d MB\n", b - a, s }'
# Reading the project against reading the CSV pair, alternating, five times each.
for round in 1 2 3 4 5; do
  for input in "$project" "$dir"; do
    start=$(date +%s.%N)
    "$WIJKNET_BINARY" info "$input" >/dev/null
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" -v i="$(basename "$input")" 'BEGIN { printf "  wijknet info %-16s %.2f s\n", i, b - a }'
  done
done
node "$root/bench/editor_benchmark.mjs" changes "$project" 1000
echo "== latency with the client in the $size project"
node "$root/bench/editor_benchmark.mjs" latency-in "$project" 10 60
