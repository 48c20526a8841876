#!/usr/bin/env bash
# Records the SDK's API jars, as built from this checkout, as release VERSION in api-baseline/, the
# file repository the build's bnd baseline check compares every later build with. Run it when a
# release is cut, then set synergos.api.baseline in pom.xml to VERSION and commit both.
#   releng/sdk/record-api-baseline.sh VERSION
set -euo pipefail
version=${1:?usage: record-api-baseline.sh VERSION}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$root/mvnw" -B -q package -f "$here/pom.xml" -Dbnd.baseline.skip=true -DskipTests
for module in analysis-api data model; do
  artifact=synergos-$module
  folder="$here/api-baseline/org/synergos/sdk/$artifact/$version"
  mkdir -p "$folder"
  cp "$here/$module/target/$artifact-0.1.0-SNAPSHOT.jar" "$folder/$artifact-$version.jar" 2>/dev/null \
    || cp "$here/$module/target/$artifact-"*.jar "$folder/$artifact-$version.jar"
  cat > "$folder/$artifact-$version.pom" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<!-- API baseline only: compared by bnd-baseline-maven-plugin, never a dependency -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.synergos.sdk</groupId>
  <artifactId>$artifact</artifactId>
  <version>$version</version>
</project>
POM
  for file in "$folder"/*.jar "$folder"/*.pom; do sha1sum "$file" | cut -d' ' -f1 > "$file.sha1"; done
done
echo "recorded API baseline $version from $(git -C "$root" rev-parse --short HEAD) in $here/api-baseline"
