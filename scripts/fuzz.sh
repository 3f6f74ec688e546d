#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (the fuzz preset: clang, ASan + UBSan) and runs each: first on the
# committed corpus (fuzz/corpus/TARGET: seeds and every earlier finding), then fuzzing for
# SECONDS (default 30) from a working corpus in build-fuzz/corpus. A finding stops the run with
# exit code 1 and the input that found it; copy it into fuzz/corpus/TARGET with a test.
# usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
shift || true
targets=("$@"); ((${#targets[@]})) || targets=(request json_body project_file csv_pair graphml pajek ucinet_dl dot gml gexf easynwk network_canvas ego_tables mapping workbook kumu)
declare -A max_len=([request]=4096 [json_body]=4096 [project_file]=131072 [csv_pair]=16384 [graphml]=32768 [pajek]=16384 [ucinet_dl]=16384 [dot]=16384 [gml]=16384 [gexf]=32768 [easynwk]=16384 [network_canvas]=16384 [ego_tables]=16384 [mapping]=4096 [workbook]=16384 [kumu]=16384)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz >/dev/null
build=$root/build-fuzz
for target in "${targets[@]}"; do
  binary=$build/fuzz/${target}_fuzz
  committed=$root/fuzz/corpus/$target
  working=$build/corpus/$target
  mkdir -p "$working" "$build/findings"
  options=(-max_len="${max_len[$target]}" -dict="$root/fuzz/dictionaries/$target.dict" -timeout=10 -rss_limit_mb=2048
           -artifact_prefix="$build/findings/$target-" -print_final_stats=1)
  echo "fuzz: $target: replaying the committed corpus ($(ls "$committed" | wc -l) inputs)"
  "$binary" "${options[@]}" -runs=0 "$committed" >"$build/findings/$target-replay.log" 2>&1 ||
    { tail -30 "$build/findings/$target-replay.log"; echo "fuzz: $target: an input of fuzz/corpus/$target fails" >&2; exit 1; }
  echo "fuzz: $target: fuzzing for $seconds s"
  if ! "$binary" "${options[@]}" -max_total_time="$seconds" "$working" "$committed" >"$build/findings/$target.log" 2>&1; then
    # The whole report (stack, signal, the input's bytes) is what the next person needs from CI.
    sed -n '/oracle failed\|ERROR\|what()\|deadly signal/,$p' "$build/findings/$target.log" | head -80 >&2
    echo "fuzz: $target found a problem; the input is in $build/findings/" >&2
    exit 1
  fi
  grep -E "stat::number_of_executed_units|DONE" "$build/findings/$target.log" | sed "s/^/fuzz: $target: /" | tail -2
done
