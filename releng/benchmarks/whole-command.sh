#!/usr/bin/env bash
# Whole-process wall time of `synergos analyze` (PLS-SEM, estimate + 5,000 bootstrap resamples; blindfolding
# and PLSpredict off, as the seminr reference timing has neither) for the nqpf-smes example (314 x 18) and
# seminr's ECSI model on mobi (250 x 24): each command in its own process, then through a resident runtime
# (`synergos daemon`; first command after its start, then the median of the later ones).
# Usage: whole-command.sh DIST_DIR EXAMPLES_DIR MOBI_CSV [RUNS]
set -euo pipefail
dist=$1; examples=$2; mobi=$3; runs=${4:-7}
work=$(mktemp -d)
export XDG_RUNTIME_DIR="$work/run" && mkdir -m 700 "$XDG_RUNTIME_DIR"
trap '"$dist/bin/synergos" daemon stop > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
python3 "$(dirname "$0")/make-ecsi-study.py" "$work/ecsi" "$mobi"
options=(-e pls-sem -p bootstrap=5000 -p blindfolding=0 -p plspredict-folds=0)
seconds() { # command... -> wall seconds of one run
  local start end
  start=$(date +%s%N); "$@" > /dev/null 2>&1; end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR + 1) / 2)]}'; }
SYNERGOS_DAEMON=off "$dist/bin/synergos" engines > /dev/null 2>&1 # writes the class-data-sharing archive if missing
for study in "$examples/nqpf-smes" "$work/ecsi"; do
  own=$(for _ in $(seq "$runs"); do SYNERGOS_DAEMON=off seconds "$dist/bin/synergos" analyze "$study" "${options[@]}"; done | median)
  "$dist/bin/synergos" daemon start > /dev/null
  first=$(seconds "$dist/bin/synergos" analyze "$study" "${options[@]}")
  warm=$(for _ in $(seq "$runs"); do seconds "$dist/bin/synergos" analyze "$study" "${options[@]}"; done | median)
  "$dist/bin/synergos" daemon stop > /dev/null
  echo "$(basename "$study"): own process ${own} s (median of $runs); resident runtime: first ${first} s, then ${warm} s (median of $runs)"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
