#!/usr/bin/env bash
# Wall time of `synergos analyze STUDY -e ahp` for a four-level AHP (goal, 3 criteria, 7 leaf criteria,
# 3 alternatives; 10 comparison matrices: the ahp plugin's test case four-level): each command in its own
# process, then through a resident runtime (`synergos daemon`; first command after its start, then the
# median of the later ones, i.e. warm).
# Usage: ahp-timing.sh DIST_DIR [STUDY_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dist=$1; study=${2:-$here/../../bundles/org.synergos.analysis.ahp/src/test/resources/cases/four-level}; runs=${3:-7}
work=$(mktemp -d)
export XDG_RUNTIME_DIR="$work/run" && mkdir -m 700 "$XDG_RUNTIME_DIR"
trap '"$dist/bin/synergos" daemon stop > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
seconds() { # command... -> wall seconds of one run (fails the script if the command fails)
  local start end
  start=$(date +%s%N); "$@" > /dev/null 2>&1; end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR + 1) / 2)]}'; }
SYNERGOS_DAEMON=off "$dist/bin/synergos" engines > /dev/null 2>&1 # writes the class-data-sharing archive if missing
"$dist/bin/synergos" analyze "$study" -e ahp 2> /dev/null | grep -q 'Consistency of the pairwise comparison matrices'
own=$(for _ in $(seq "$runs"); do SYNERGOS_DAEMON=off seconds "$dist/bin/synergos" analyze "$study" -e ahp; done | median)
"$dist/bin/synergos" daemon start > /dev/null
first=$(seconds "$dist/bin/synergos" analyze "$study" -e ahp)
warm=$(for _ in $(seq "$runs"); do seconds "$dist/bin/synergos" analyze "$study" -e ahp; done | median)
"$dist/bin/synergos" daemon stop > /dev/null
echo "$(basename "$study"): own process ${own} s (median of $runs); resident runtime: first ${first} s, then ${warm} s (median of $runs)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
