#!/usr/bin/env bash
# Fuzzes charter's readers of untrusted input with Jazzer, one target after another, each for a set time.
#
#   scripts/fuzz.sh [DURATION] [TARGET...]
#
# DURATION is Jazzer's (30s, 5m, 1h; default 5m). TARGETs are Class#method of the fuzz tests in
# charter-io/src/test/java/org/citizencharter/io/fuzz and charter-office/src/test/java/org/citizencharter/
# office/fuzz (default: all of them). Extra Maven arguments go in MVN_ARGS (for example
# MVN_ARGS=-Djazzer.keep_going=20 to go on after a finding).
#
# A finding fails its target and Jazzer keeps the input that caused it (crash-<sha1>, or timeout-,
# oom-) in the target's inputs directory, charter-io/src/test/resources/org/citizencharter/io/fuzz/
# <Class>Inputs/<method>/ (charter-office's under office/fuzz/), where mvn verify replays it from then on.
# Minimise it, fix the bug, commit both. The corpus Jazzer grows is kept in the module's .cifuzz-corpus/
# (not committed) and reused by the next run.
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${1:-5m}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(JsonFuzzTest#planDocument JsonFuzzTest#hostPlanDocument JsonFuzzTest#policyDocument
           JsonFuzzTest#scorecardDocument JsonFuzzTest#hierarchyDocument TableFuzzTest#table ScoringFuzzTest#anyPlanReadIsScored
           OfficeFuzzTest#officeFile OfficeStructureFuzzTest#workbook OfficeStructureFuzzTest#document
           OfficeStructureFuzzTest#pdf)
fi
read -r -a extra <<< "${MVN_ARGS:-}"

echo "fuzz: building charter-core, charter-rules, charter-testkit and charter-io for the fuzz tests" >&2
mvn -B -q "${extra[@]}" install -DskipTests -pl charter-core,charter-rules,charter-testkit,charter-io -am

mkdir -p target/fuzz
failed=()
for target in "${targets[@]}"; do
  log="target/fuzz/${target//#/.}.log"
  echo "fuzz: $target for $duration (log: $log)" >&2
  # The module whose tests hold the target's class.
  module="$(grep -rl --include="${target%%#*}.java" "class ${target%%#*}" charter-*/src/test/java | head -1 | cut -d/ -f1)"
  if [ -z "$module" ]; then
    echo "fuzz: no fuzz test class ${target%%#*}" >&2
    failed+=("$target")
    continue
  fi
  # With -Djazzer.keep_going the test passes after a finding, so the log is read as well as the exit code.
  if mvn -B "${extra[@]}" -pl "$module" test -Pfuzz -Dtest="$target" -Dfuzz.duration="$duration" > "$log" 2>&1 \
      && ! grep -a -q -e '^== Java Exception' -e '^==[0-9]*== ERROR: libFuzzer' "$log"; then
    outcome="no finding"
  else
    outcome="FINDING (or build failure): see $log"
    failed+=("$target")
  fi
  runs=$(grep -a -Eo 'Done [0-9]+ runs in [0-9]+ second\(s\)' "$log" | tail -1 || true)
  echo "fuzz: $target: ${runs:-no run reported}; $outcome" >&2
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in: ${failed[*]}" >&2
  exit 1
fi
