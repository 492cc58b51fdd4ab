#!/usr/bin/env bash
# Builds charter-core and charter-rules a second time, from a copy of the sources in another directory, and
# compares them byte for byte with the jars the build at hand made. Run by `mvn verify` (the module
# charter-packaging-tests, after the jars are built); by hand, after `mvn -B package -DskipTests`:
#   scripts/reproducible.sh [MVN]
# Only `package` runs in the copy: nothing is installed into ~/.m2.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mvn="${1:-mvn}"
# charter-rules is the one with generated code; charter-core is built with it, as its dependency.
modules=(charter-core charter-rules)
copy="$root/charter-packaging-tests/target/reproducible"
version="$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$root/pom.xml" | head -1)"

rm -rf "$copy"
mkdir -p "$copy"
cp "$root/pom.xml" "$copy/"
# Every module's pom, so that the copy's reactor reads; the sources of the modules built.
for pom in "$root"/charter-*/pom.xml; do
  module="$(basename "$(dirname "$pom")")"
  mkdir -p "$copy/$module"
  cp "$pom" "$copy/$module/"
done
for module in "${modules[@]}"; do
  cp -R "$root/$module/src" "$copy/$module/"
done

list="$(IFS=,; echo "${modules[*]}")"
log="$copy/build.log"
if ! "$mvn" -B -q -nsu -f "$copy/pom.xml" -pl "$list" package -Dmaven.test.skip=true \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dcyclonedx.skip=true -Denforcer.skip=true >"$log" 2>&1; then
  cat "$log" >&2
  echo "reproducible: the second build failed" >&2
  exit 1
fi

status=0
for module in "${modules[@]}"; do
  jar="$module-$version.jar"
  first="$(sha256sum "$root/$module/target/$jar" | cut -d' ' -f1)"
  second="$(sha256sum "$copy/$module/target/$jar" | cut -d' ' -f1)"
  if [ "$first" = "$second" ]; then
    echo "reproducible: $jar $first (built twice, identical)"
  else
    echo "reproducible: $jar differs: $first in the build, $second in the second build" >&2
    status=1
  fi
done
exit $status
