#!/usr/bin/env bash
# Distribution test: runs the assembled bin/synergos as users do.
#  - headless commands list engines and report usage errors with exit code 2;
#  - the workbench serves on 127.0.0.1 only, refuses requests without the access token, from a foreign
#    Origin or Host, and changes that are not JSON; its diagram WebSocket refuses handshakes without the
#    token, with a wrong one, from a foreign Origin or with none;
#  - an engine bundle dropped into plugins/ appears without a restart, and disappears when removed;
#  - a third party's plugin that calls System.exit or spins without polling for cancellation neither ends
#    nor exhausts the runtime, and failures name it; a plugin that cannot resolve is listed with what it lacks.
# The plugin is the distribution's own Harman engine bundle, taken out of bundle/ in the test's copy.
# Also XLSX data sets: the same numbers from a workbook as from the CSV; broken workbooks named, exit code 1.
# Also the README's main job (a report of the nqpf-smes example: HTML, DOCX, XLSX, PDF diagrams, byte-identical
# on a second run) and exit codes of validate/analyze.
# Also the system-dynamics plugin shipped in plugins/ and its example study (examples/sd-synergy).
# Also the power plugin shipped in plugins/: listed by engines, and the sample-size example gives paper E's 129.
# Also the AHP plugin shipped in plugins/ and its example study (examples/ahp-influencing-factors).
# Also the coupling-coordination plugin shipped in plugins/ and its example study (examples/coupling-coordination).
# Also the plugin SDK as a third party uses it: the SDK installed into a private Maven repository, the
# sample plugin examples/plugins/entropy-weight copied out of the tree and built against it, installed,
# run, reported and removed.
# Usage: distribution-test.sh DIST_DIR WORK_DIR EXAMPLES_DIR [MAVEN_LOCAL_REPOSITORY]
set -uo pipefail
dist=$1; work=$2; examples=$3; m2=${4:-$HOME/.m2/repository}
passed=0; failed=0
check() { # description, command...
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAILED: $what"; fi
}
loopback_only() { # every listening socket on the port is bound to the loopback address
  local addresses
  addresses=$(ss -ltnH "sport = :$1" | awk '{print $4}')
  [ -n "$addresses" ] && ! grep -Evq '^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):[0-9]+$' <<< "$addresses"
}
rm -rf "$work" && mkdir -p "$work" && cp -r "$dist" "$work/synergos"
home="$work/synergos"

"$home/bin/synergos" validate "$examples/nqpf-smes" > "$work/validate.txt" 2>&1; code=$?
check "validate accepts the nqpf-smes example" bash -c "test $code -eq 0 && grep -q '0 error(s), 0 warning(s)' '$work/validate.txt'"
mkdir -p "$work/broken" && cp "$examples/nqpf-smes/data.csv" "$work/broken/" \
  && sed '5s/>/ oops=>/' "$examples/nqpf-smes/model.synergos" > "$work/broken/model.synergos"
"$home/bin/synergos" validate "$work/broken/model.synergos" > "$work/broken.txt" 2>&1; code=$?
check "validate rejects a damaged model with exit 1, naming file and line" \
  bash -c "test $code -eq 1 && grep -q 'model.synergos at line 5' '$work/broken.txt'"
"$home/bin/synergos" analyze --data "$examples/nqpf-smes/data.csv" -e descriptive > "$work/descriptive.txt" 2>&1; code=$?
check "analyze --data runs the descriptive engine on a CSV file" bash -c "test $code -eq 0 && grep -q '^NQ1 ' '$work/descriptive.txt'"
"$home/bin/synergos" analyze --data "$examples/nqpf-smes/data.csv" -e no-such-engine > "$work/noengine.txt" 2>&1; code=$?
check "analyze with an unknown engine exits 1 and says so" bash -c "test $code -eq 1 && grep -q \"no engine 'no-such-engine'\" '$work/noengine.txt'"
"$home/bin/synergos" report "$examples/nqpf-smes" -o "$work/report" > "$work/report.txt" 2>&1; code=$?
check "the README's main job: report of nqpf-smes (exit 0)" test "$code" -eq 0
"$home/bin/synergos" report "$examples/nqpf-smes" -e cb-sem -o "$work/report-cbsem" > "$work/report-cbsem.txt" 2>&1; code=$?
check "report -e of an engine the model does not configure runs it with its defaults" \
  bash -c "test $code -eq 0 && grep -q 'Model fit' '$work/report-cbsem/index.html' && ! grep -q 'Construct reliability and validity' '$work/report-cbsem/index.html'"
"$home/bin/synergos" report "$examples/nqpf-smes" -e no-such-engine -o "$work/report-none" > "$work/report-none.txt" 2>&1; code=$?
check "report -e of an engine that is not installed exits 1 and says so" \
  bash -c "test $code -eq 1 && grep -q \"no engine 'no-such-engine'\" '$work/report-none.txt'"
check "the report holds the structural model with the hypotheses" \
  bash -c "grep -q 'Structural model' '$work/report/index.html' && grep -q 'H4' '$work/report/index.html' && ls '$work'/report/tables/*structural-model.csv > /dev/null"
node "$(dirname "$0")/validate-results.mjs" "$examples/../bundles/org.synergos.workbench.web/client" \
  "$examples/../docs/schema/analysis-result-1.0.schema.json" "$work"/report/results/*.json \
  "$work"/report-cbsem/results/*.json > "$work/schema.txt" 2>&1; code=$?
check "every results/*.json of the reports is valid against the published JSON Schema 1.0 (Ajv, strict)" \
  bash -c "test $code -eq 0 && grep -q ' results valid against ' '$work/schema.txt'"
check "the report holds reproduce.R (seminr for its PLS-SEM analysis) and its methods name it" \
  bash -c "grep -q '<- estimate_pls(' '$work/report/reproduce.R' && grep -q 'The R script reproduce.R in this report' '$work/report/index.html'"
check "the report has a Word document and a workbook of its tables" \
  python3 -c "
import sys, zipfile
docx = zipfile.ZipFile(sys.argv[1]); xlsx = zipfile.ZipFile(sys.argv[2])
body = docx.read('word/document.xml').decode('utf-8')
assert '新质生产力' in body and 'Table 1' in body and 'Methods.' in body, 'docx text'
assert any(n.startswith('word/media/') and n.endswith('.png') for n in docx.namelist()), 'docx diagram'
sheets = xlsx.read('xl/workbook.xml').decode('utf-8')
assert sheets.count('<sheet ') >= 10, 'one sheet per table'
assert '<f>' not in ''.join(xlsx.read(n).decode('utf-8') for n in xlsx.namelist() if n.startswith('xl/worksheets/')), 'no formulas'
" "$work/report/report.docx" "$work/report/report.xlsx"
check "the report's path diagrams are PDFs with the CJK font embedded as a subset" \
  python3 -c "
import re, sys, zlib
for path in sys.argv[1:]:
    pdf = open(path, 'rb').read()
    assert pdf.startswith(b'%PDF-'), path
    objects = pdf
    for data in re.findall(rb'stream\r?\n(.*?)endstream', pdf, re.S):
        try:
            objects += zlib.decompress(data)
        except zlib.error:
            pass
    assert re.search(rb'/BaseFont\s*/[A-Z]{6}\+NotoSansSC-Regular', objects), path + ': subset font'
    assert b'/FontFile2' in objects, path + ': font program embedded'
" "$work"/report/diagrams/*.pdf
check "report prints no logging noise (SLF4J, log4j StatusLogger, PDFBox warnings)" \
  bash -c "! grep -Eq 'SLF4J|StatusLogger|WARN|WARNING' '$work/report.txt'"
SOURCE_DATE_EPOCH=1700000000 "$home/bin/synergos" report "$examples/nqpf-smes" -o "$work/report2" > /dev/null 2>&1
SOURCE_DATE_EPOCH=1700000000 "$home/bin/synergos" report "$examples/nqpf-smes" -o "$work/report3" > /dev/null 2>&1
check "two report runs give byte-identical files (SOURCE_DATE_EPOCH set)" diff -r "$work/report2" "$work/report3"
"$home/bin/synergos" diagram "$examples/implementation-path" -k implementation-path -o "$work/path-map.svg" \
  > "$work/diagram.txt" 2>&1; code=$?
check "diagram writes the implementation path map as SVG" \
  bash -c "test $code -eq 0 && grep -q '<svg' '$work/path-map.svg' && grep -q 'feasible' '$work/path-map.svg'"

# AHP (an SDK plugin built in the reactor, shipped in plugins/): listed, and the example study's main table
"$home/bin/synergos" engines > "$work/engines-ahp.txt" 2>&1
check "engines lists the AHP engine shipped in plugins/" \
  grep -Eq '^ahp +Analytic hierarchy process \(AHP\) +0\.1\.0 +org\.synergos\.analysis\.ahp ' "$work/engines-ahp.txt"
"$home/bin/synergos" analyze "$examples/ahp-influencing-factors" -e ahp > "$work/ahp.txt" 2>&1; code=$?
check "the AHP example runs: global weights of categories and indices, consistency of the experts' group matrix" \
  bash -c "test $code -eq 0 && grep -q '^Global weights of the criteria' '$work/ahp.txt' && grep -Eq '^index\.rd_investment +.* 0\.1622 ' '$work/ahp.txt' && grep -Eq '^goal +group \(AIJ, 3 judges\) +8 ' '$work/ahp.txt'"

# DEA and Malmquist (an SDK plugin like AHP, shipped in plugins/): both engines listed, the example's efficiency table
check "engines lists the dea and malmquist engines shipped in plugins/" \
  bash -c "grep -Eq '^dea +Data envelopment analysis \(DEA\) +0\.1\.0 +org\.synergos\.analysis\.dea ' '$work/engines-ahp.txt' && grep -Eq '^malmquist +Malmquist productivity index \(DEA\) +0\.1\.0 +org\.synergos\.analysis\.dea ' '$work/engines-ahp.txt'"
"$home/bin/synergos" analyze "$examples/dea-innovation-efficiency" -e dea > "$work/dea.txt" 2>&1; code=$?
check "the DEA example prints the efficiency table (R02 efficient in 2021, super-efficiency 1.2947)" \
  bash -c "test $code -eq 0 && grep -q '^DEA efficiency scores (input-oriented)' '$work/dea.txt' && grep -Eq '^R02 +2021 +1\.0000 +1\.0000 +1\.0000 +crs +1\.2947 ' '$work/dea.txt'"
# coupling coordination (an SDK plugin built in the reactor, shipped in plugins/): listed, the example study's
# main table, and a bare CSV with its coupling.json beside it
"$home/bin/synergos" engines > "$work/engines-coupling.txt" 2>&1
check "engines lists the coupling-coordination engine shipped in plugins/" \
  grep -Eq '^coupling-coordination +Coupling coordination degree \(entropy weights\) +0\.1\.0 +org\.synergos\.analysis\.coupling ' "$work/engines-coupling.txt"
"$home/bin/synergos" analyze "$examples/coupling-coordination" -e coupling-coordination > "$work/coupling.txt" 2>&1; code=$?
check "the coupling-coordination example runs: C, T, D and the level per year, entropy weights" \
  bash -c "test $code -eq 0 && grep -q '^Coupling degree (C), coordination index (T) and coupling coordination degree (D)' '$work/coupling.txt' && grep -Eq '^2023 +0\.9999 +0\.9923 +0\.9961 +10 +优质协调 ' '$work/coupling.txt' && grep -Eq '^computing_power +.* 0\.4233$' '$work/coupling.txt'"
mkdir -p "$work/coupling-csv" && cp "$examples/coupling-coordination/data.csv" "$examples/coupling-coordination/coupling.json" "$work/coupling-csv/" \
  && sed -i 's/"rd_intensity"/"rd_intensty"/' "$work/coupling-csv/coupling.json"
"$home/bin/synergos" analyze --data "$work/coupling-csv/data.csv" -e coupling-coordination > "$work/coupling-csv.txt" 2>&1; code=$?
check "coupling-coordination on a bare CSV names an unknown column by file and line, exit 1" \
  bash -c "test $code -eq 1 && grep -q 'coupling.json:6: subsystem .TECH., indicator .rd_intensty.: the column is not in data.csv' '$work/coupling-csv.txt'"

check "the first command wrote a class-data-sharing archive, used silently since" \
  bash -c "ls '$home'/lib/cds/*.jsa > /dev/null && ! grep -qi 'cds\|shared archive' '$work/validate.txt' '$work/descriptive.txt'"

# system dynamics (an SDK plugin shipped in plugins/): the paper A synergy example's runs and fit table
"$home/bin/synergos" analyze "$examples/sd-synergy" -e system-dynamics > "$work/sd.txt" 2>&1; code=$?
check "the system-dynamics example runs: base and two scenarios side by side, final Knowledge 286.1925, fit to the observed series" \
  bash -c "test $code -eq 0 && grep -q '^Simulated time series' '$work/sd.txt' && grep -Eq '^base +base +as in the model +270\.8271 +109\.3159 +1074\.7462 +286\.1925' '$work/sd.txt' && grep -Eq '^no synergy +Knowledge +knowledge_observed +10 ' '$work/sd.txt'"

# the resident runtime: its socket lives in a private folder of this test, never in the user's
# (short: a socket path may not exceed 107 bytes, and the build folder can be deep)
XDG_RUNTIME_DIR=$(mktemp -d /tmp/synergos-test.XXXXXX) && export XDG_RUNTIME_DIR
trap '"$home/bin/synergos" daemon stop > /dev/null 2>&1; rm -rf "$XDG_RUNTIME_DIR"' EXIT
"$home/bin/synergos" daemon start --idle-minutes 15 > "$work/daemon-start.txt" 2>&1; code=$?
check "daemon start starts a resident runtime" bash -c "test $code -eq 0 && grep -q 'daemon started' '$work/daemon-start.txt'"
check "its socket is in a folder only the user may enter, and only the user may open it" \
  bash -c "test \"\$(stat -c %a '$XDG_RUNTIME_DIR/synergos')\" = 700 && test \"\$(stat -c %a '$XDG_RUNTIME_DIR'/synergos/*.sock)\" = 600"
(cd "$examples/nqpf-smes" && "$home/bin/synergos" analyze --data data.csv -e descriptive > "$work/daemon-descriptive.txt" 2>&1); code=$?
check "a command in the resident runtime reads paths relative to the caller's folder and prints what it prints alone" \
  bash -c "test $code -eq 0 && diff '$work/descriptive.txt' '$work/daemon-descriptive.txt'"
"$home/bin/synergos" analyze --data "$examples/nqpf-smes/data.csv" -e no-such-engine > /dev/null 2>&1; code=$?
check "the resident runtime passes exit codes through (unknown engine: 1)" test "$code" -eq 1
SOURCE_DATE_EPOCH=1700000000 "$home/bin/synergos" report "$examples/nqpf-smes" -o "$work/report4" > /dev/null 2>&1
check "a report from the resident runtime equals the one-process report byte for byte (the caller's SOURCE_DATE_EPOCH)" \
  diff -r "$work/report2" "$work/report4"
"$home/bin/synergos" analyze "$examples/nqpf-smes" -e pls-sem -p bootstrap=100000 > /dev/null 2> "$work/cancel.txt" &
client=$!
for _ in $(seq 1 100); do grep -q 'bootstrap' "$work/cancel.txt" && break; sleep 0.1; done
kill -TERM "$client"; started=$(date +%s%N); wait "$client"
# 100,000 resamples (with blindfolding and PLSpredict) take the warm runtime over 6 s: ending within 3 s means the command was cancelled
check "Ctrl-C (or SIGTERM) of the caller cancels its command in the resident runtime (within 3 s)" \
  test $(( ($(date +%s%N) - started) / 1000000 )) -lt 3000
"$home/bin/synergos" daemon status > "$work/daemon-status.txt" 2>&1; code=$?
check "daemon status: still up after the cancelled command, nothing running" \
  bash -c "test $code -eq 0 && grep -q ' 0 command(s) running' '$work/daemon-status.txt'"
"$home/bin/synergos" daemon stop > /dev/null 2>&1
"$home/bin/synergos" daemon status > /dev/null 2>&1; code=$?
check "daemon stop stops it (status then exits 1)" test "$code" -eq 1
SYNERGOS_DAEMON=auto "$home/bin/synergos" engines > "$work/auto.txt" 2> "$work/auto-err.txt"; code=$?
"$home/bin/synergos" daemon status > /dev/null 2>&1; status=$?
check "SYNERGOS_DAEMON=auto starts a resident runtime for a command that finds none (said on stderr only)" \
  bash -c "test $code -eq 0 && test $status -eq 0 && grep -q '^descriptive ' '$work/auto.txt' && grep -q 'daemon started' '$work/auto-err.txt'"
"$home/bin/synergos" daemon stop > /dev/null 2>&1
trap - EXIT
rm -rf "$XDG_RUNTIME_DIR" && unset XDG_RUNTIME_DIR

# from here on the distribution lacks the Harman bundle: it is the plugin to drop in
plugin="$work/$(basename "$home"/bundle/org.synergos.analysis.harman_*.jar)"
mv "$home"/bundle/org.synergos.analysis.harman_*.jar "$plugin"
"$home/bin/synergos" engines > "$work/engines.txt" 2>&1
check "every core bundle starts (no start-up warnings)" bash -c "! grep -q '^synergos: warning' '$work/engines.txt'"
check "engines lists the descriptive engine from its bundle" grep -Eq '^descriptive +Descriptive statistics +0\.1\.0 +org\.synergos\.analysis\.descriptive' "$work/engines.txt"
check "engines does not list the plugin before it is installed" bash -c "! grep -q '^harman' '$work/engines.txt'"
# Power and sample size: a plugin the distribution ships in plugins/ (bundles/org.synergos.analysis.power)
check "engines lists the shipped power plugin" \
  grep -Eq '^power +Power and sample size +0\.1\.0 +org\.synergos\.analysis\.power' "$work/engines.txt"
"$home/bin/synergos" analyze "$examples/sample-size" > "$work/sample-size.txt" 2>&1; code=$?
check "the sample-size example reproduces paper E's minimum sample of 129 with the power plugin" \
  bash -c "test $code -eq 0 && grep -Eq '^r2-zero +129 +0\.9506 ' '$work/sample-size.txt'"
# lavaan syntax in and out: the tutorial model of lavaan on Bollen's data
mkdir -p "$work/lavaan"
printf '%s\n' 'ind60 =~ x1 + x2 + x3' 'dem60 =~ y1 + y2 + y3 + y4' 'dem65 =~ y5 + y6 + y7 + y8' 'dem60 ~ ind60' \
  'dem65 ~ ind60 + dem60' 'y1 ~~ y5' 'y2 ~~ y4 + y6' 'y3 ~~ y7' 'y4 ~~ y8' 'y6 ~~ y8' > "$work/lavaan/poldem.lav"
reference="$examples/../bundles/org.synergos.testing/reference"
"$home/bin/synergos" import "$work/lavaan/poldem.lav" --data "$reference/data/PoliticalDemocracy.csv" \
  -o "$work/lavaan/poldem" > "$work/import.txt" 2>&1; code=$?
check "import of lavaan syntax with data creates a model folder with a cb-sem analysis" \
  bash -c "test $code -eq 0 && test -s '$work/lavaan/poldem/model.synergos' && test -s '$work/lavaan/poldem/PoliticalDemocracy.csv'"
"$home/bin/synergos" analyze "$work/lavaan/poldem" > "$work/import-analyze.txt" 2>&1; code=$?
chisq=$(python3 -c 'import json, sys; print("%.3f" % json.load(open(sys.argv[1]))["fit_measures_all"]["chisq"])' "$reference/lavaan_poldem/poldem_ml_fit.json")
check "the imported model's cb-sem analysis gives lavaan's chi-square ($chisq)" \
  bash -c "test $code -eq 0 && grep -Eq '^chisq +$chisq' '$work/import-analyze.txt'"
"$home/bin/synergos" export "$work/lavaan/poldem" --lavaan -o "$work/lavaan/back.lav" > /dev/null 2>&1; code=$?
check "export --lavaan writes the model's syntax back" \
  bash -c "test $code -eq 0 && grep -Eq '^ *dem60 =~ y1 \+ y2 \+ y3 \+ y4$' '$work/lavaan/back.lav' && grep -Eq '^ *dem65 ~ ind60 \+ dem60$' '$work/lavaan/back.lav'"
"$home/bin/synergos" export "$work/lavaan/poldem" --r -o "$work/lavaan/poldem/reproduce.R" > "$work/export-r.txt" 2>&1; code=$?
check "export --r writes an R script fitting the model with lavaan's sem() on the model's data" \
  bash -c "test $code -eq 0 && grep -q '^fit_.* <- sem(model_' '$work/lavaan/poldem/reproduce.R' && grep -qF 'read.csv(file.path(synergos_dir, \"PoliticalDemocracy.csv\")' '$work/lavaan/poldem/reproduce.R'"
if command -v Rscript > /dev/null && Rscript -e 'quit(status = !requireNamespace("lavaan", quietly = TRUE))' > /dev/null 2>&1; then
  fit=$(grep -o '^fit_[A-Za-z0-9_]*' "$work/lavaan/poldem/reproduce.R" | head -1)
  (cd / && Rscript -e "e <- new.env(); invisible(capture.output(source('$work/lavaan/poldem/reproduce.R', local = e))); cat(sprintf('%.3f\n', lavaan::fitMeasures(e\$$fit, 'chisq')))") > "$work/r-chisq.txt" 2>&1
  check "the exported R script, sourced from another folder, gives the engine's chi-square ($chisq)" \
    bash -c "grep -qx '$chisq' '$work/r-chisq.txt'"
else
  echo "SKIP: the exported R script is not run (no Rscript with lavaan on this machine)"
fi
printf 'f =~ x1 + x2\ng ~ f +\n' > "$work/lavaan/broken.lav"
"$home/bin/synergos" import "$work/lavaan/broken.lav" -o "$work/lavaan/broken" > "$work/import-broken.txt" 2>&1; code=$?
check "import of malformed syntax exits 1 naming file, line and column, and creates nothing" \
  bash -c "test $code -eq 1 && grep -Eq 'broken.lav:2:[0-9]+: ' '$work/import-broken.txt' && test ! -e '$work/lavaan/broken'"
"$home/bin/synergos" no-such-command > /dev/null 2>&1; code=$?
check "unknown command exits with 2 (usage)" test "$code" -eq 2
"$home/bin/synergos" analyze --help > "$work/help.txt" 2>&1; code=$?
check "analyze --help exits 0 and documents --engine" bash -c "test $code -eq 0 && grep -q -- '--engine' '$work/help.txt'"

# XLSX data sets: an .xlsx copy of the example's data (written by Apache POI, see its README) gives the same
# numbers as the CSV, by --data and through a model's data source; broken workbooks are named, exit code 1.
same_data() { sed -E 's#[^[:space:]]*data\.(csv|xlsx)#DATA#g' "$1"; } # the only difference allowed: the file's name
export -f same_data
xlsx_data=$(cd "$(dirname "$0")/../../../../bundles/org.synergos.testing/reference/data/xlsx" && pwd)
mkdir -p "$work/xlsx/csv" "$work/xlsx/xlsx" && cp "$examples/nqpf-smes/data.csv" "$examples/nqpf-smes/model.synergos" "$work/xlsx/csv/" \
  && cp "$xlsx_data/nqpf-smes.xlsx" "$work/xlsx/xlsx/data.xlsx" \
  && sed 's/path="data\.csv"/path="data.xlsx"/' "$examples/nqpf-smes/model.synergos" > "$work/xlsx/xlsx/model.synergos"
"$home/bin/synergos" analyze --data "$work/xlsx/csv/data.csv" -e descriptive > "$work/xlsx/descriptive-csv.txt" 2> /dev/null; csv_code=$?
"$home/bin/synergos" analyze --data "$work/xlsx/xlsx/data.xlsx" -e descriptive > "$work/xlsx/descriptive-xlsx.txt" 2> /dev/null; code=$?
check "analyze --data of an .xlsx copy of the example's data prints the same descriptive statistics as its CSV" \
  bash -c "test $csv_code -eq 0 && test $code -eq 0 && grep -q '^NQ1 ' '$work/xlsx/descriptive-xlsx.txt' \
    && diff <(same_data '$work/xlsx/descriptive-csv.txt') <(same_data '$work/xlsx/descriptive-xlsx.txt')"
"$home/bin/synergos" analyze "$work/xlsx/csv" -e pls-sem -p bootstrap=200 > "$work/xlsx/pls-csv.txt" 2> /dev/null; csv_code=$?
"$home/bin/synergos" analyze "$work/xlsx/xlsx" -e pls-sem -p bootstrap=200 > "$work/xlsx/pls-xlsx.txt" 2> /dev/null; code=$?
check "the example's model bound to the .xlsx copy gives the same PLS-SEM estimates and bootstrap as with the CSV" \
  bash -c "test $csv_code -eq 0 && test $code -eq 0 && grep -q 'NQ' '$work/xlsx/pls-xlsx.txt' \
    && diff <(same_data '$work/xlsx/pls-csv.txt') <(same_data '$work/xlsx/pls-xlsx.txt')"
"$home/bin/synergos" validate "$work/xlsx/xlsx" > "$work/xlsx/validate.txt" 2>&1; code=$?
check "validate checks the model's indicators against the workbook's header row" \
  bash -c "test $code -eq 0 && grep -q '0 error(s), 0 warning(s)' '$work/xlsx/validate.txt'"
"$home/bin/synergos" analyze --data "$xlsx_data/several-sheets.xlsx" --sheet 'Wave 2' -e descriptive > "$work/xlsx/sheet.txt" 2>&1; code=$?
check "analyze --sheet reads the named sheet of a workbook" bash -c "test $code -eq 0 && grep -q '^c ' '$work/xlsx/sheet.txt'"
"$home/bin/synergos" analyze --data "$xlsx_data/header-row-3.xlsx" --sheet 'Data!B:D' --header-row 3 -e descriptive > "$work/xlsx/header-row.txt" 2>&1; code=$?
check "analyze --header-row with a column range refuses the totals text below the data by cell, exit 1" \
  bash -c "test $code -eq 1 && grep -q \"header-row-3.xlsx:9 (column 'q1'): sheet 'Data', cell B9: the text 'total' in a column of numbers\" '$work/xlsx/header-row.txt'"
"$home/bin/synergos" analyze --data "$xlsx_data/truncated.xlsx" -e descriptive > "$work/xlsx/truncated.txt" 2>&1; code=$?
check "a truncated workbook is named as such (not as invalid UTF-8), exit 1" \
  bash -c "test $code -eq 1 && grep -q 'truncated.xlsx: a truncated or damaged ZIP archive' '$work/xlsx/truncated.txt' && ! grep -q 'UTF-8' '$work/xlsx/truncated.txt'"
"$home/bin/synergos" analyze --data "$xlsx_data/zip-bomb.xlsx" -e descriptive > "$work/xlsx/bomb.txt" 2>&1; code=$?
check "a ZIP bomb is refused by its declared size, exit 1" \
  bash -c "test $code -eq 1 && grep -q \"zip-bomb.xlsx: the ZIP entry 'xl/worksheets/sheet1.xml' would inflate\" '$work/xlsx/bomb.txt'"
"$home/bin/synergos" analyze --data "$xlsx_data/mixed-types.xlsx" -e descriptive > "$work/xlsx/mixed.txt" 2>&1; code=$?
check "text in a column of numbers is named by file, row, column, sheet and cell, exit 1" \
  bash -c "test $code -eq 1 && grep -q \"mixed-types.xlsx:5 (column 'q2'): sheet 'Answers', cell C5\" '$work/xlsx/mixed.txt'"

# SPSS and Stata data sets: .sav and .dta copies of the example's data (written by R's haven, see
# bundles/org.synergos.testing/reference/regenerate-haven.R) give the same numbers as the CSV.
stat_data=$(cd "$(dirname "$0")/../../../../bundles/org.synergos.testing/reference/data/spss-stata" && pwd)
same_stat() { sed -E 's#[^[:space:]]*(data\.csv|nqpf-smes\.(sav|dta)|data\.(sav|dta))#DATA#g' "$1"; }
export -f same_stat
mkdir -p "$work/stat/sav" "$work/stat/dta" && cp "$stat_data/nqpf-smes.sav" "$work/stat/sav/data.sav" \
  && cp "$stat_data/nqpf-smes.dta" "$work/stat/dta/data.dta" \
  && sed 's/path="data\.csv"/path="data.sav"/' "$examples/nqpf-smes/model.synergos" > "$work/stat/sav/model.synergos" \
  && sed 's/path="data\.csv"/path="data.dta"/' "$examples/nqpf-smes/model.synergos" > "$work/stat/dta/model.synergos"
for kind in sav dta; do
  "$home/bin/synergos" analyze --data "$stat_data/nqpf-smes.$kind" -e descriptive > "$work/stat/descriptive-$kind.txt" 2> /dev/null; code=$?
  check "analyze --data of a .$kind copy of the example's data prints the same descriptive statistics as its CSV" \
    bash -c "test $code -eq 0 && grep -q '^NQ1 ' '$work/stat/descriptive-$kind.txt' \
      && diff <(same_stat '$work/xlsx/descriptive-csv.txt') <(same_stat '$work/stat/descriptive-$kind.txt')"
  "$home/bin/synergos" analyze "$work/stat/$kind" -e pls-sem -p bootstrap=200 > "$work/stat/pls-$kind.txt" 2> /dev/null; code=$?
  check "the example's model bound to the .$kind copy gives the same PLS-SEM estimates and bootstrap as with the CSV" \
    bash -c "test $code -eq 0 && grep -q 'NQ' '$work/stat/pls-$kind.txt' \
      && diff <(same_stat '$work/xlsx/pls-csv.txt') <(same_stat '$work/stat/pls-$kind.txt')"
  "$home/bin/synergos" validate "$work/stat/$kind" > "$work/stat/validate-$kind.txt" 2>&1; code=$?
  check "validate checks the model's indicators against the .$kind file's variables" \
    bash -c "test $code -eq 0 && grep -q '0 error(s), 0 warning(s)' '$work/stat/validate-$kind.txt'"
done
printf 'not a system file' > "$work/stat/broken.sav"
"$home/bin/synergos" analyze --data "$work/stat/broken.sav" -e descriptive > "$work/stat/broken.txt" 2>&1; code=$?
check "a .sav that is no SPSS file is named as such, exit 1" \
  bash -c "test $code -eq 1 && grep -q 'broken.sav: offset 0: not an SPSS system file' '$work/stat/broken.txt'"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$work/workspace"
"$home/bin/synergos" workbench --port "$port" --workspace "$work/workspace" > "$work/workbench.txt" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 60); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/?token=[0-9a-f]*' "$work/workbench.txt" | head -1)
  [ -n "$url" ] && break; sleep 0.5
done
check "workbench prints its URL with an access token" test -n "$url"
token=${url##*token=}
check "workbench listens on 127.0.0.1 only" loopback_only "$port"
api="http://127.0.0.1:$port/api/engines"
check "requests without the token are refused (403)" test "$(curl -s -o /dev/null -w '%{http_code}' "$api")" = 403
check "requests with the token see the engines" bash -c "curl -sf -H 'Authorization: Bearer $token' '$api' | grep -q '\"descriptive\"'"
page="http://127.0.0.1:$port"
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
create_model() { # ORIGIN CONTENT_TYPE FILE: POST /api/models with the session cookie, as a page would
  status -X POST -H "Cookie: synergos-token=$token" -H "Origin: $1" -H "Content-Type: $2" \
    --data "{\"path\": \"$3\"}" "$page/api/models"
}
code=$(create_model http://evil.example application/json evil.synergos)
check "a change from a foreign Origin is refused (403), even with the cookie, and writes nothing" \
  bash -c "test $code = 403 && test ! -e '$work/workspace/evil.synergos'"
check "a change that is not JSON is refused (415)" test "$(create_model "$page" text/plain plain.synergos)" = 415
code=$(create_model "$page" application/json own.synergos)
check "the page's own change is admitted (201) and writes the model" \
  bash -c "test $code = 201 && test -s '$work/workspace/own.synergos'"
# the workbench's lavaan import and export (the explorer's buttons): syntax in, a model bound to workspace data
cp "$reference/data/PoliticalDemocracy.csv" "$work/workspace/"
lavaan_post() { # JSON body file: POST /api/lavaan as the page would; prints the status, the answer in $work/lavaan-answer.json
  curl -s -o "$work/lavaan-answer.json" -w '%{http_code}' -X POST -H "Cookie: synergos-token=$token" -H "Origin: $page" \
    -H "Content-Type: application/json" --data @"$1" "$page/api/lavaan"
}
python3 -c 'import json, sys; print(json.dumps({"syntax": open(sys.argv[1]).read(), "name": "poldem.lav", "folder": "poldem", "data": "PoliticalDemocracy.csv"}))' \
  "$work/lavaan/poldem.lav" > "$work/lavaan-import.json"
code=$(lavaan_post "$work/lavaan-import.json")
"$home/bin/synergos" analyze "$work/workspace/poldem" > "$work/workbench-import-analyze.txt" 2>&1; analyzed=$?
check "the workbench imports lavaan syntax into a model bound to a workspace CSV file, and it analyzes to lavaan's chi-square" \
  bash -c "test $code = 201 && grep -q '\"poldem/model.synergos\"' '$work/lavaan-answer.json' && test $analyzed -eq 0 && grep -q '$chisq' '$work/workbench-import-analyze.txt'"
curl -s -D "$work/lavaan-export-headers.txt" -H "Cookie: synergos-token=$token" "$page/api/lavaan?model=poldem/model.synergos" > "$work/workbench-export.lav"
check "the workbench exports a model as lavaan syntax (a .lav download)" \
  bash -c "grep -qi 'content-disposition: attachment; filename=\"poldem.lav\"' '$work/lavaan-export-headers.txt' && grep -Eq '^ *dem65 ~ ind60 \+ dem60$' '$work/workbench-export.lav'"
# the Data panel's endpoint: the same access rule, the data source's columns, no path outside the workspace
data_api="$page/api/data?model=poldem/model.synergos"
check "the data panel's columns are refused without the token (403) and from a foreign Origin (403)" \
  bash -c "test \$(curl -s -o /dev/null -w '%{http_code}' '$data_api') = 403 && test \$(curl -s -o /dev/null -w '%{http_code}' -H 'Cookie: synergos-token=$token' -H 'Origin: http://evil.example' '$data_api') = 403"
check "the data panel lists the bound CSV's columns (75 rows, y1 numeric with a histogram)" \
  bash -c "curl -sf -H 'Cookie: synergos-token=$token' '$data_api' | python3 -c 'import json, sys; s = json.load(sys.stdin)[\"sources\"][0]; c = [x for x in s[\"columns\"] if x[\"name\"] == \"y1\"][0]; sys.exit(0 if s[\"rows\"] == 75 and c[\"type\"] == \"numeric\" and sum(c[\"histogram\"][\"counts\"]) == 75 else 1)'"
check "the data panel refuses a model path outside the workspace (400)" \
  test "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: synergos-token=$token" "$page/api/data?model=../outside/model.synergos")" = 400
python3 -c 'import json; print(json.dumps({"syntax": "f =~ x1 + x2\ng ~ f +\n", "name": "broken.lav", "folder": "broken"}))' > "$work/lavaan-broken.json"
code=$(lavaan_post "$work/lavaan-broken.json")
check "the workbench refuses malformed lavaan syntax (400) naming file, line and column, and creates nothing" \
  bash -c "test $code = 400 && grep -Eq 'broken.lav:2:[0-9]+: ' '$work/lavaan-answer.json' && test ! -e '$work/workspace/broken'"
python3 -c 'import json; print(json.dumps({"syntax": "f =~ x1 + x2 + x3\n", "name": "out.lav", "folder": "../outside"}))' > "$work/lavaan-outside.json"
code=$(lavaan_post "$work/lavaan-outside.json")
check "the workbench's lavaan import refuses a folder outside the workspace (400)" \
  bash -c "test $code = 400 && test ! -e '$work/outside'"
check "a foreign Host is refused (403), even with the token (DNS rebinding)" \
  test "$(status -H "Host: evil.example:$port" -H "Authorization: Bearer $token" "$api")" = 403
glsp=$(curl -s -H "Authorization: Bearer $token" "$page/api/workbench" | python3 -c 'import json, sys; print(json.load(sys.stdin)["glspUrl"])')
handshake() { # ORIGIN|- TOKEN|- : a raw WebSocket upgrade of the diagram server; prints the status code
  python3 - "$glsp" "$1" "$2" <<'PY'
import socket, sys, urllib.parse
url = urllib.parse.urlsplit(sys.argv[1]); origin, token = sys.argv[2], sys.argv[3]
lines = [f"GET {url.path}{'?token=' + token if token != '-' else ''} HTTP/1.1", f"Host: {url.hostname}:{url.port}",
         "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Key: c3luZXJnb3MtaGFuZHNoYWtl",
         "Sec-WebSocket-Version: 13"] + ([f"Origin: {origin}"] if origin != '-' else [])
with socket.create_connection((url.hostname, url.port), timeout=10) as s:
    s.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
    print(s.recv(200).decode("latin-1").split(" ")[1])
PY
}
check "the diagram WebSocket refuses a handshake without the token (403)" test "$(handshake "$page" -)" = 403
check "the diagram WebSocket refuses a wrong token (403)" test "$(handshake "$page" "0$token")" = 403
check "the diagram WebSocket refuses a foreign Origin with the token (403)" test "$(handshake http://evil.example "$token")" = 403
check "the diagram WebSocket refuses a handshake without Origin (403)" test "$(handshake - "$token")" = 403
check "the diagram WebSocket admits the workbench page with the token (101)" test "$(handshake "$page" "$token")" = 101
"$home/bin/synergos" daemon status > "$work/workbench-status.txt" 2>&1; code=$?
check "while the workbench runs, the user's other commands run in it" \
  bash -c "test $code -eq 0 && grep -q '^Synergos workbench (pid' '$work/workbench-status.txt'"

cp "$plugin" "$home/plugins/"
appeared=no
for _ in $(seq 1 40); do
  if curl -sf -H "Authorization: Bearer $token" "$api" | grep -q '"harman"'; then appeared=yes; break; fi
  sleep 0.25
done
check "a bundle dropped into plugins/ appears without restart" test "$appeared" = yes
"$home/bin/synergos" engines > "$work/engines2.txt" 2>&1
check "headless commands see installed plugins" grep -Eq '^harman ' "$work/engines2.txt"
rm "$home/plugins/$(basename "$plugin")"
gone=no
for _ in $(seq 1 40); do
  if ! curl -sf -H "Authorization: Bearer $token" "$api" | grep -q '"harman"'; then gone=yes; break; fi
  sleep 0.25
done
check "removing the bundle removes its engine" test "$gone" = yes
# A third party's plugins, built as one would: javac against the distribution's bundles, a manifest and a
# DS descriptor by hand. One engine calls System.exit, one spins forever; a third bundle cannot resolve.
rogue="$work/rogue"; mkdir -p "$rogue/src/org/example/rogue" "$rogue/classes/OSGI-INF" "$rogue/broken"
for kind in Exit Spin; do
  id=$(echo "rogue-$kind" | tr 'A-Z' 'a-z')
  if [ "$kind" = Exit ]; then body='System.exit(42); return null;'; else body='while (true) { spins++; }'; fi
  cat > "$rogue/src/org/example/rogue/${kind}Engine.java" <<JAVA
package org.example.rogue;
import java.util.List;
import org.synergos.analysis.api.*;
public final class ${kind}Engine implements AnalysisEngine {
    static long spins;
    public EngineDescriptor descriptor() { return new EngineDescriptor("$id", "$kind", "1.0.0", "misbehaves", List.of()); }
    public Applicability applicability(AnalysisInput input) { return Applicability.ok(); }
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) { $body }
}
JAVA
  cat > "$rogue/classes/OSGI-INF/$kind.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="org.example.rogue.${kind}Engine">
  <property name="engine.id" value="$id"/>
  <service><provide interface="org.synergos.analysis.api.AnalysisEngine"/></service>
  <implementation class="org.example.rogue.${kind}Engine"/>
</scr:component>
XML
done
printf 'Bundle-ManifestVersion: 2\nBundle-SymbolicName: org.example.rogue\nBundle-Version: 1.0.0\nImport-Package: org.synergos.analysis.api;version="[1.0,2.0)"\nService-Component: OSGI-INF/Exit.xml,OSGI-INF/Spin.xml\n' > "$rogue/MANIFEST.MF"
printf 'Bundle-ManifestVersion: 2\nBundle-SymbolicName: org.example.broken\nBundle-Version: 1.0.0\nImport-Package: org.example.missing;version="[1.0,2.0)"\n' > "$rogue/broken/MANIFEST.MF"
javac -d "$rogue/classes" -cp "$home/bundle/*" "$rogue"/src/org/example/rogue/*.java \
  && jar cfm "$rogue/rogue.jar" "$rogue/MANIFEST.MF" -C "$rogue/classes" . \
  && jar cfm "$rogue/broken.jar" "$rogue/broken/MANIFEST.MF" -C "$rogue/broken" MANIFEST.MF
check "a third party's plugins build against the distribution" test -s "$rogue/rogue.jar" -a -s "$rogue/broken.jar"
ls "$home/plugins" > "$work/plugins-before.txt"
"$home/bin/synergos" plugins install "$rogue/broken.jar" > "$work/install-broken.txt" 2>&1; code=$?
check "plugins install refuses a bundle whose import nothing provides, naming the package and range, and installs nothing" \
  bash -c "test $code -eq 1 && grep -q 'org.example.broken 1.0.0 (broken.jar) cannot resolve: missing package org.example.missing \[1.0.0,2.0.0)' '$work/install-broken.txt' && ls '$home/plugins' | diff -q - '$work/plugins-before.txt' > /dev/null"
"$home/bin/synergos" plugins install "$rogue/rogue.jar" > "$work/install-rogue.txt" 2>&1; code=$?
check "plugins install resolves, installs and starts a plugin, naming its engines" \
  bash -c "test $code -eq 0 && grep -q '^installed org.example.rogue 1.0.0 (ACTIVE, engines: rogue-exit, rogue-spin)' '$work/install-rogue.txt'"
cp "$rogue/broken.jar" "$home/plugins/" # copied by hand: it is listed with what it lacks
for _ in $(seq 1 40); do
  curl -sf -H "Authorization: Bearer $token" "$api" | grep -q 'org.example.missing' && break; sleep 0.25
done
"$home/bin/synergos" engines > "$work/engines-rogue.txt" 2>&1
check "engines lists a plugin that cannot resolve, with the package it lacks" \
  bash -c "grep -q '^Plugins that cannot run:' '$work/engines-rogue.txt' && grep -A2 'org.example.broken 1.0.0' '$work/engines-rogue.txt' | grep -q 'missing package org.example.missing \[1.0.0,2.0.0)'"
"$home/bin/synergos" plugins list > "$work/plugins-list.txt" 2>&1
check "plugins list shows each plugin's state and engines, and what an unresolved one lacks" \
  bash -c "grep -Eq '^org.example.rogue +1.0.0 +ACTIVE +rogue-exit, rogue-spin' '$work/plugins-list.txt' && grep -Eq '^org.example.broken +1.0.0 +INSTALLED' '$work/plugins-list.txt' && grep -q '^org.example.broken cannot run: missing package org.example.missing' '$work/plugins-list.txt'"
check "the workbench's engine list names the plugin that cannot resolve" \
  bash -c "curl -sf -H 'Authorization: Bearer $token' '$api' | grep -q 'org.example.missing'"
"$home/bin/synergos" analyze --data "$examples/nqpf-smes/data.csv" -e rogue-exit > "$work/rogue-exit.txt" 2>&1; code=$?
check "a plugin calling System.exit fails with exit 1, naming the plugin" \
  bash -c "test $code -eq 1 && grep -q \"engine 'rogue-exit' (bundle org.example.rogue 1.0.0) tried to end the runtime: System.exit(42) refused\" '$work/rogue-exit.txt'"
check "the workbench still runs after a plugin called System.exit" \
  bash -c "kill -0 $pid && curl -sf -H 'Authorization: Bearer $token' '$api' > /dev/null && '$home/bin/synergos' daemon status | grep -q '^Synergos workbench'"
"$home/bin/synergos" analyze --data "$examples/nqpf-smes/data.csv" -e rogue-spin --time-limit 2 > "$work/rogue-spin.txt" 2>&1; code=$?
check "a spinning plugin times out with exit 1, naming the plugin" \
  bash -c "test $code -eq 1 && grep -q \"engine 'rogue-spin' (bundle org.example.rogue 1.0.0) exceeded its time limit\" '$work/rogue-spin.txt'"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
java_pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
sleep 1; before=$(cpu_ticks "$java_pid"); sleep 3; after=$(cpu_ticks "$java_pid")
echo "workbench CPU over 3 s after the timed-out spin: $((after - before)) ticks (of $(getconf CLK_TCK)/s)"
check "after the time limit the spinning plugin uses no CPU (under 0.5 s in 3 s)" \
  test $((after - before)) -lt $(( $(getconf CLK_TCK) / 2 ))
check "the workbench's Plugins API lists the plugins with their engines" \
  bash -c "curl -sf -H 'Authorization: Bearer $token' '$page/api/plugins' | grep -q '\"engines\":\[\"rogue-exit\",\"rogue-spin\"\]'"
python3 -c 'import base64, json, sys; print(json.dumps({"install": {"fileName": "broken.jar", "content": base64.b64encode(open(sys.argv[1], "rb").read()).decode()}}))' \
  "$rogue/broken.jar" > "$work/upload-broken.json"
code=$(curl -s -o "$work/upload-broken.txt" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' --data @"$work/upload-broken.json" "$page/api/plugins")
check "the workbench's Plugins API refuses an upload whose import nothing provides (409), naming the package" \
  bash -c "test $code = 409 && grep -q 'missing package org.example.missing' '$work/upload-broken.txt'"
"$home/bin/synergos" plugins remove pls-sem > "$work/remove-core.txt" 2>&1; code=$?
check "plugins remove refuses an engine of the distribution" \
  bash -c "test $code -eq 1 && grep -q \"engine 'pls-sem' is part of the distribution\" '$work/remove-core.txt'"
"$home/bin/synergos" plugins remove rogue-exit > "$work/remove-rogue.txt" 2>&1; code=$?
gone=no
for _ in $(seq 1 40); do
  if ! curl -sf -H "Authorization: Bearer $token" "$api" | grep -q '"rogue-spin"'; then gone=yes; break; fi
  sleep 0.25
done
check "plugins remove (by engine id) removes the plugin, and the running workbench drops its engines" \
  bash -c "test $code -eq 0 && test $gone = yes && ! ls '$home'/plugins/org.example.rogue_* > /dev/null 2>&1"
rm -f "$home/plugins/broken.jar"

# The plugin SDK as a third party meets it: its artifacts installed into a repository of their own (the
# libraries they need come from the usual one, read-only), the sample copied out of the tree and built
# with nothing of the repository but those artifacts.
root="$examples/.."
sdk_repo="$work/sdk-repository"
maven() { "$root/mvnw" -B -q -Dmaven.repo.local="$sdk_repo" -Dmaven.repo.local.tail="$m2" "$@"; }
maven install -f "$root/releng/sdk/pom.xml" > "$work/sdk-install.txt" 2>&1; code=$?
check "the plugin SDK installs its artifacts (API, model, data, test harness, BOM)" \
  bash -c "test $code -eq 0 && ls '$sdk_repo'/org/synergos/sdk/synergos-analysis-api/0.1.0-SNAPSHOT/*.jar '$sdk_repo'/org/synergos/sdk/synergos-engine-testkit/0.1.0-SNAPSHOT/*.jar '$sdk_repo'/org/synergos/sdk/synergos-sdk-bom/0.1.0-SNAPSHOT/*.pom > /dev/null"
# The API baseline check refuses an incompatible change without a major version bump: the engine API's
# sources, copied, with a method added to AnalysisEngine, fail the SDK build.
mutated="$work/mutated-bundles" && rm -rf "$mutated" && mkdir -p "$mutated"
for b in org.synergos.data org.synergos.model org.synergos.analysis.api; do cp -r "$root/bundles/$b" "$mutated/" && rm -rf "$mutated/$b/target"; done
engine_java="$mutated/org.synergos.analysis.api/src/org/synergos/analysis/api/AnalysisEngine.java"
python3 - "$engine_java" <<'PY'
import sys
path = sys.argv[1]; text = open(path).read().rstrip()
open(path, "w").write(text[:-1] + "    String addedWithoutADefault();\n}\n")
PY
maven verify -f "$root/releng/sdk/pom.xml" -pl analysis-api -am -Dbundles.dir="$mutated" > "$work/sdk-baseline-break.txt" 2>&1; code=$?
check "the SDK build refuses an incompatible engine-API change without a major version bump (bnd baseline)" \
  bash -c "test $code -ne 0 && grep -q 'Baseline problems detected' '$work/sdk-baseline-break.txt' && grep -Eq 'MAJOR +PACKAGE +org.synergos.analysis.api' '$work/sdk-baseline-break.txt'"
third_party="$work/third-party" && rm -rf "$third_party" && mkdir -p "$third_party"
cp -r "$examples/plugins/entropy-weight" "$third_party/"
(cd "$third_party/entropy-weight" && maven package) > "$work/sample-build.txt" 2>&1; code=$?
sample="$third_party/entropy-weight/target/entropy-weight-1.0.0.jar"
check "the sample plugin builds outside the tree against the installed SDK only, its test passing" \
  bash -c "test $code -eq 0 && test -s '$sample' && python3 -c 'import sys, zipfile; m = zipfile.ZipFile(sys.argv[1]).read(\"META-INF/MANIFEST.MF\").decode().replace(\"\\r\\n \", \"\"); assert \"Service-Component: OSGI-INF/org.synergos.examples.entropy.EntropyWeightEngine.xml\" in m, m' '$sample'"
"$home/bin/synergos" plugins install "$sample" > "$work/sample-install.txt" 2>&1; code=$?
check "the sample plugin installs and starts, providing its engine" \
  bash -c "test $code -eq 0 && grep -q 'engines: entropy-weight' '$work/sample-install.txt'"
"$home/bin/synergos" analyze --data "$examples/nqpf-smes/data.csv" -e entropy-weight -p columns=NQ1,NQ2,DT1 \
  > "$work/sample-analyze.txt" 2>&1; code=$?
check "the sample plugin's engine runs on a CSV file" \
  bash -c "test $code -eq 0 && grep -q '^Entropy weights' '$work/sample-analyze.txt' && grep -Eq '^NQ1 +0\.[0-9]{4}' '$work/sample-analyze.txt'"
"$home/bin/synergos" report "$examples/nqpf-smes" -e entropy-weight -o "$work/sample-report" > "$work/sample-report.txt" 2>&1; code=$?
check "the sample plugin's table appears in a report" \
  bash -c "test $code -eq 0 && grep -q 'Entropy weights' '$work/sample-report/index.html'"
"$home/bin/synergos" plugins remove entropy-weight > /dev/null 2>&1; code=$?
gone=no
for _ in $(seq 1 40); do
  if ! curl -sf -H "Authorization: Bearer $token" "$api" | grep -q '"entropy-weight"'; then gone=yes; break; fi
  sleep 0.25
done
check "the sample plugin is removed again" bash -c "test $code -eq 0 && test $gone = yes"

# The template path a new plugin author takes: plugins new, mvn package, install, run, remove; timed.
started=$(date +%s)
"$home/bin/synergos" plugins new coupling-demo -o "$third_party/coupling-demo" > "$work/new-plugin.txt" 2>&1; code=$?
check "plugins new creates a project from the template" \
  bash -c "test $code -eq 0 && test -f '$third_party/coupling-demo/src/main/java/org/example/couplingdemo/CouplingDemoEngine.java'"
"$home/bin/synergos" plugins new coupling-demo -o "$third_party/coupling-demo" > "$work/new-plugin-again.txt" 2>&1; code=$?
check "plugins new refuses a folder that is not empty" \
  bash -c "test $code -eq 1 && grep -q 'exists and is not empty' '$work/new-plugin-again.txt'"
"$home/bin/synergos" plugins new Bad_Id > "$work/new-plugin-bad.txt" 2>&1; code=$?
check "plugins new refuses an id that is not lower-case words" \
  bash -c "test $code -eq 2 && grep -q \"engine id 'Bad_Id' must be\" '$work/new-plugin-bad.txt'"
(cd "$third_party/coupling-demo" && maven package) > "$work/new-plugin-build.txt" 2>&1; code=$?
check "the new project builds against the installed SDK with its test passing" \
  bash -c "test $code -eq 0 && grep -q 'Tests run: 2, Failures: 0, Errors: 0' '$third_party/coupling-demo/target/surefire-reports/'*.txt"
"$home/bin/synergos" plugins install "$third_party/coupling-demo/target/coupling-demo-1.0.0.jar" > "$work/new-plugin-install.txt" 2>&1 \
  && "$home/bin/synergos" analyze --data "$examples/nqpf-smes/data.csv" -e coupling-demo -p columns=NQ1 > "$work/new-plugin-analyze.txt" 2>&1; code=$?
check "the new plugin installs and its engine runs" \
  bash -c "test $code -eq 0 && grep -q '^NQ1 ' '$work/new-plugin-analyze.txt'"
"$home/bin/synergos" plugins remove coupling-demo > /dev/null 2>&1; code=$?
echo "template to a running engine (new, build, install, run, remove): $(( $(date +%s) - started )) s"
check "the new plugin is removed again" test "$code" -eq 0
kill -TERM "$pid"; wait "$pid"; code=$?
check "workbench stops on SIGTERM" test "$code" -ne 3

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
