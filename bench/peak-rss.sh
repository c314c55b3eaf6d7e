#!/usr/bin/env bash
# Runs a command; prints its wall time and the highest peak RSS (VmHWM) reached by the compiler process it starts.
# Usage: bench/peak-rss.sh <command...>. The compiler runs as a child of MSBuild, so /usr/bin/time cannot see it;
# its VmHWM is read every 0.1 s (a high-water mark, so sampling loses nothing but the last 0.1 s).
set -uo pipefail
start=$(date +%s.%N)
"$@" > /dev/null 2>&1 &
pid=$!
peak=0
while kill -0 "$pid" 2> /dev/null; do
  for csc in $(pgrep -f 'bincore/csc' || true); do
    hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$csc/status" 2> /dev/null || true)
    if [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ]; then peak=$hwm; fi
  done
  sleep 0.1
done
wait "$pid"
status=$?
end=$(date +%s.%N)
printf '%.2f s wall, compiler peak RSS %d MB, exit %d\n' "$(echo "$end - $start" | bc)" $((peak / 1024)) "$status"
exit "$status"
