#!/usr/bin/env bash
# Times `synergos analyze --data` (descriptive engine) on the same ROWS x COLUMNS data as CSV and as XLSX,
# with wall time and peak memory (GNU time). Usage: xlsx-large.sh SYNERGOS_HOME [ROWS] [COLUMNS]
set -euo pipefail
home=$1; rows=${2:-1000000}; columns=${3:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
java "$(dirname "$0")/LargeWorkbook.java" "$dir" "$rows" "$columns"
ls -l "$dir"
for file in large.csv large.xlsx; do
  /usr/bin/time -f "$file: %e s wall, %M KiB peak RSS" "$home/bin/synergos" analyze --data "$dir/$file" -e descriptive > "$dir/$file.out"
done
diff <(sed 's/large\.csv/DATA/g' "$dir/large.csv.out") <(sed 's/large\.xlsx/DATA/g' "$dir/large.xlsx.out") && echo "same output"
