#!/usr/bin/env bash
# The engine against the limit scorer, interleaved in one JVM and timed by thread CPU time (see
# docs/performance.md, "Scoring against the limit"). Not part of `mvn verify`; builds in the reactor, installs nothing.
#   scripts/scoring-cpu.sh                 6 and 25 indicators, 60 rounds after 30 of warm-up
#   scripts/scoring-cpu.sh 25              one size
#   OLD=/tmp/rules-classes scripts/scoring-cpu.sh   also an earlier build's engine (a copy of its
#                                          charter-rules/target/classes), to measure a change before/after
#   OLD_WORLD=core:testkit:rules:rules-test ...   also an earlier build of charter-core, the generators,
#                                          charter-rules and its test classes (class directories): its engine
#                                          and limit scorer on its own plans; point it at this build's own
#                                          directories once to see the bias of the comparison itself
#   ROUNDS=100 WARMUP=40 PLANS=512 ...     other sizes of run
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -B -o -q -Pbenchmarks package -DskipTests -Dinvoker.skip=true -Dcharter.reproducible.skip=true \
      -pl charter-benchmarks -am
fi
java -Xms1g -Xmx1g -XX:+UseParallelGC ${OLD:+-Dold=$OLD} ${OLD_WORLD:+-DoldWorld=$OLD_WORLD} -Drounds="${ROUNDS:-60}" -Dwarmup="${WARMUP:-30}" \
    -Dplans="${PLANS:-512}" -cp charter-benchmarks/target/benchmarks.jar org.citizencharter.benchmarks.ScoringCpu "$@"
