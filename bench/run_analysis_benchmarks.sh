#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Whole-network analyses, wijknet against python3-igraph in the same run (docs/benchmarks.md).
# usage: bench/run_analysis_benchmarks.sh [SIZES...]   (default: 10k 100k 1M)
# Each step runs in its own process so peak memory (max RSS) is the step's own, loading included.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WIJKNET_BUILD_DIR:-$root/build}
data=${WIJKNET_BENCH_DATA:-/tmp/wijknet-bench}
sizes=("$@"); ((${#sizes[@]})) || sizes=(10k 100k 1M)
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 1; }
/usr/bin/python3 -c "import igraph" 2>/dev/null || { echo "needs python3-igraph" >&2; exit 1; }
cmake --build "$build" --target generate_network analysis_bench wijknet >/dev/null

source "$root/bench/check_quiet_machine.sh"
check_quiet_machine
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "date: $(date -u +%Y-%m-%d), igraph $(/usr/bin/python3 -c 'import igraph; print(igraph.__version__)')"
# Starting the command line, as every command pays it: the mean of 20 runs of `--version`.
start=$(date +%s.%N)
for _ in $(seq 20); do "$build/tools/wijknet" --version >/dev/null; done
end=$(date +%s.%N)
awk -v a="$start" -v b="$end" 'BEGIN { printf "start of the command line (wijknet --version): %.1f ms\n", (b - a) / 20 * 1000 }'
printf '%-6s %-13s %-8s %9s %9s %9s\n' size task tool load_s task_s peak_MB
for size in "${sizes[@]}"; do
  dir=$data/$size
  [[ -f $dir/ties.csv ]] || "$build/bench/generate_network" --residents "$size" --out "$dir" 2>/dev/null
  # Both tools read the files from the page cache, not the first one from disk.
  cat "$dir"/actors.csv "$dir"/ties.csv > /dev/null
  tasks=(isolation constraint articulation)
  # Betweenness where both are exact (wijknet samples beyond 50,000 actors, igraph cannot).
  [[ $size == 10k ]] && tasks+=(betweenness)
  for task in "${tasks[@]}"; do
    for tool in wijknet igraph; do
      if [[ $tool == wijknet ]]; then cmd=("$build/bench/analysis_bench" "$dir" "$task")
      else cmd=(/usr/bin/python3 "$root/bench/igraph_peer.py" "$dir" "$task"); fi
      out=$(/usr/bin/time -f 'peak %M' "${cmd[@]}" 2>&1)
      load=$(awk '/^load/{print $2}' <<<"$out")
      step=$(awk -v t="$task" '$1==t{print $2}' <<<"$out")
      peak=$(awk '/^peak/{printf "%.0f", $2/1024}' <<<"$out")
      printf '%-6s %-13s %-8s %9s %9s %9s\n' "$size" "$task" "$tool" "$load" "$step" "$peak"
    done
  done
  # The whole job as a user runs it: the command line, loading, report and CSV output included.
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$data/peak.txt" "$build/tools/wijknet" isolated "$dir" --format csv >/dev/null
  end=$(date +%s.%N)
  peak=$(cat "$data/peak.txt")
  awk -v s="$size" -v a="$start" -v b="$end" -v p="$peak" \
    'BEGIN { printf "%-6s %-13s %-8s %9s %9.3f %9.0f\n", s, "isolated-cli", "wijknet", "-", b - a, p / 1024 }'
done
