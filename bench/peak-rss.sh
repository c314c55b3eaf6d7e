#!/usr/bin/env bash
# Runs a command; prints its wall time and the peak RSS (VmHWM) of each compiler process it starts, highest first.
# Usage: bench/peak-rss.sh <command...>. The compiler runs as a child of MSBuild, so /usr/bin/time cannot see it;
# its VmHWM is read every 0.1 s (a high-water mark, so sampling loses nothing but the last 0.1 s). Only compilers
# descended from the command count (other builds on the machine do not), so MSBuild runs without reused nodes.
set -uo pipefail
export MSBUILDDISABLENODEREUSE=1
start=$(date +%s.%N)
"$@" > /dev/null 2>&1 &
pid=$!
declare -A peaks=()

descends() {
  local process=$1
  while [ "$process" -gt 1 ]; do
    [ "$process" = "$pid" ] && return 0
    process=$(awk '/^PPid/ { print $2 }' "/proc/$process/status" 2> /dev/null || echo 1)
    [ -n "$process" ] || return 1
  done
  return 1
}

while kill -0 "$pid" 2> /dev/null; do
  for csc in $(pgrep -f 'bincore/csc' || true); do
    if [ -z "${peaks[$csc]+set}" ] && ! descends "$csc"; then continue; fi
    hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$csc/status" 2> /dev/null || true)
    if [ -n "$hwm" ] && [ "$hwm" -gt "${peaks[$csc]:-0}" ]; then peaks[$csc]=$hwm; fi
  done
  sleep 0.1
done
wait "$pid"
status=$?
end=$(date +%s.%N)
all=$(for csc in "${!peaks[@]}"; do echo $((peaks[$csc] / 1024)); done | sort -rn | tr '\n' ' ')
printf '%.2f s wall, compiler peak RSS %d MB (each compiler: %sMB), exit %d\n' "$(echo "$end - $start" | bc)" "${all%% *}" "$all" "$status"
exit "$status"
