#!/usr/bin/env bash
# Wall time of the papers' methods (issue 17) on typical studies, each command in its own process and then
# through a resident runtime (`synergos daemon`: first command after its start, then the median of the later
# ones, i.e. warm):
#   dea / malmquist     100 DMUs x 5 years, 2 inputs, 2 outputs (make-method-studies.py)
#   system-dynamics     50 stocks, 1,000 RK4 steps (make-method-studies.py)
#   coupling-coordination  examples/coupling-coordination (3 subsystems, 12 periods)
#   ahp                 the ahp plugin's test case four-level (4 levels, 10 matrices)
# Usage: method-timing.sh DIST_DIR [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dist=$1; runs=${2:-7}
work=$(mktemp -d)
export XDG_RUNTIME_DIR="$work/run" && mkdir -m 700 "$XDG_RUNTIME_DIR"
trap '"$dist/bin/synergos" daemon stop > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
python3 "$here/make-method-studies.py" "$work/studies" > /dev/null
seconds() { # command... -> wall seconds of one run (fails the script if the command fails)
  local start end
  start=$(date +%s%N); "$@" > /dev/null 2>&1; end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR + 1) / 2)]}'; }
cases=("dea|$work/studies/dea" "malmquist|$work/studies/dea" "system-dynamics|$work/studies/sd"
       "coupling-coordination|$root/examples/coupling-coordination"
       "ahp|$root/bundles/org.synergos.analysis.ahp/src/test/resources/cases/four-level")
SYNERGOS_DAEMON=off "$dist/bin/synergos" engines > /dev/null 2>&1 # writes the class-data-sharing archive if missing
for c in "${cases[@]}"; do # each must succeed before it is timed
  SYNERGOS_DAEMON=off "$dist/bin/synergos" analyze "${c#*|}" -e "${c%%|*}" > "$work/check.txt" 2>&1 \
    || { echo "${c%%|*} failed:"; cat "$work/check.txt"; exit 1; }
done
declare -A own
for c in "${cases[@]}"; do
  own[${c%%|*}]=$(for _ in $(seq "$runs"); do SYNERGOS_DAEMON=off seconds "$dist/bin/synergos" analyze "${c#*|}" -e "${c%%|*}"; done | median)
done
"$dist/bin/synergos" daemon start > /dev/null
for c in "${cases[@]}"; do
  engine=${c%%|*}; study=${c#*|}
  first=$(seconds "$dist/bin/synergos" analyze "$study" -e "$engine")
  warm=$(for _ in $(seq "$runs"); do seconds "$dist/bin/synergos" analyze "$study" -e "$engine"; done | median)
  echo "$engine: own process ${own[$engine]} s; resident runtime: first ${first} s, then ${warm} s (medians of $runs)"
done
"$dist/bin/synergos" daemon stop > /dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
