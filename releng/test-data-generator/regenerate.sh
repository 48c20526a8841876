#!/usr/bin/env bash
# Regenerates the XLSX test workbooks in bundles/org.synergos.testing/reference/data/xlsx/ with Apache POI.
# Reproducible: a rerun leaves `git status` clean. Run from anywhere; needs Maven (the repository's wrapper).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/mvnw" -B -q -f "$root/releng/test-data-generator/pom.xml" compile exec:java "$@"
