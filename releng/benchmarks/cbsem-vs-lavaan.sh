#!/usr/bin/env bash
# The CB-SEM engine's single fit and 1,000-draw bootstrap next to lavaan's, on the same machine in the
# same run (docs/benchmarks.md). Needs a build (./mvnw -B verify) and R with lavaan (Debian: r-cran-lavaan).
#   releng/benchmarks/cbsem-vs-lavaan.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
data=bundles/org.synergos.testing/reference/data/PoliticalDemocracy.csv
# the local Maven repository the build filled (the target platform's pinned versions)
m2=${SYNERGOS_M2:-$HOME/.m2/repository}
cp=bundles/org.synergos.analysis.cbsem/target/classes:bundles/org.synergos.data/target/classes
for jar in org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
    org/apache/commons/commons-csv/1.12.0/commons-csv-1.12.0.jar commons-io/commons-io/2.18.0/commons-io-2.18.0.jar \
    commons-codec/commons-codec/1.17.1/commons-codec-1.17.1.jar; do
  cp=$cp:$m2/$jar
done
bench=org.synergos.analysis.cbsem.internal.bench.CbsemBenchmark
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
echo "## Synergos cb-sem, 1 thread"
java -cp "$cp" "$bench" "$data" 1
echo "## Synergos cb-sem, $(nproc) threads"
java -cp "$cp" "$bench" "$data" "$(nproc)"
echo "## Synergos cb-sem, whole JVM process: one cold fit + 1,000 bootstrap refits, $(nproc) threads"
/usr/bin/time -f "%e s elapsed" java -cp "$cp" "$bench" "$data" "$(nproc)" boot > /dev/null
echo "## lavaan"
Rscript releng/benchmarks/lavaan-timing.R "$data"
echo "## lavaan, whole R process: library(lavaan), one fit + 1,000 bootstrap refits"
/usr/bin/time -f "%e s elapsed" Rscript releng/benchmarks/lavaan-timing.R "$data" boot > /dev/null
