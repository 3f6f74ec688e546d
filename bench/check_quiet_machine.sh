# SPDX-License-Identifier: MIT
# Sourced by the benchmark scripts: warns when other processes keep the cores busy, which would
# skew every figure of the run (a benchmark left hanging once doubled every timing for half an
# hour). Measures one second of /proc/stat; names the busiest processes; does not stop the run.
check_quiet_machine() {
  local before after
  read -r -a before < <(head -1 /proc/stat)
  sleep 1
  read -r -a after < <(head -1 /proc/stat)
  local total=0 k
  for k in 1 2 3 4 5 6 7 8; do total=$((total + after[k] - before[k])); done
  local idle=$((after[4] - before[4] + after[5] - before[5]))
  local busy=$(( total > 0 ? 100 * (total - idle) / total : 0 ))
  echo "cores busy before the run: ${busy}%"
  if (( busy > 10 )); then
    echo "warning: the machine is not quiet; figures of this run will be slow. Busiest processes:" >&2
    ps -eo pid,pcpu,etime,args --sort=-pcpu | head -4 >&2
  fi
}
