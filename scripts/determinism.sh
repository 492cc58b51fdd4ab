#!/usr/bin/env bash
# Scores the same input under two JDKs with the charter command and compares the output byte for byte.
#
#   scripts/determinism.sh [PLANS] [OTHER_JAVA_HOME]
#
# PLANS generated plans (default 3000, seed 20261122) are written as JSON Lines once, then each JDK
# (the java on PATH, and OTHER_JAVA_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64) scores with the
# same CLI jar, built once with the JDK on PATH:
#   - every sample under charter-examples/samples: `charter score --format json` (standard output, standard
#     error and exit code; a table the reader refuses must be refused in the same words);
#   - the district's plans and the generated plans: `charter batch`, on all cores.
# It prints one line a file and exits 1 if any pair differs. Output goes to target/determinism/.
# Extra Maven arguments go in MVN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-3000}"
other_home="${2:-/usr/lib/jvm/temurin-25-jdk-amd64}"
seed=20261122
read -r -a extra <<< "${MVN_ARGS:-}"
if [ ! -x "$other_home/bin/java" ]; then
  echo "determinism: no JDK at $other_home; give its home as the second argument" >&2
  exit 2
fi

out=target/determinism
rm -rf "$out"
mkdir -p "$out/input"

echo "determinism: building the charter command and the plan generator (JDK on PATH)" >&2
mvn -B -q "${extra[@]}" install -DskipTests -pl charter-examples -am
mvn -B -q "${extra[@]}" -pl charter-io test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
jar=charter-examples/target/charter-examples-0.1.0-SNAPSHOT-cli.jar
generator_cp="charter-io/target/test-classes:charter-io/target/classes:$(cat charter-io/target/test-classpath.txt)"

echo "determinism: generating $count plans (seed $seed)" >&2
java -cp "$generator_cp" org.citizencharter.io.GeneratedPlans "$count" "$seed" "$out/input/generated.jsonl"

samples=charter-examples/samples
run() {  # run JAVA NAME ARGS...: the command's standard output, error and exit code under NAME
  local java="$1" name="$2"
  shift 2
  set +e
  "$java" -jar "$jar" "$@" > "$dir/$name.out" 2> "$dir/$name.err"
  echo $? > "$dir/$name.exit"
  set -e
}

for java in java "$other_home/bin/java"; do
  version=$("$java" -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')
  dir="$out/jdk-$version"
  mkdir -p "$dir"
  echo "$dir" >> "$out/dirs"
  echo "determinism: scoring with $("$java" -version 2>&1 | sed -n 2p)" >&2
  run "$java" coxsbazar-json score "$samples/coxsbazar-cc-2022-23-q3.json" --format json
  run "$java" coxsbazar-tsv score "$samples/coxsbazar-cc-2022-23-q3.tsv" --fiscal-year 2022-23 --as-of Q3 \
    --format json
  run "$java" patuakhali-md score "$samples/patuakhali-cc-2023-24-q3.md" --fiscal-year 2023-24 --as-of Q3 \
    --format json
  run "$java" district-batch batch "$samples/district/plans-2023-24-q3.jsonl" --out "$dir/district.jsonl"
  run "$java" generated-batch batch "$out/input/generated.jsonl" --out "$dir/generated.jsonl"
done

first=$(sed -n 1p "$out/dirs")
second=$(sed -n 2p "$out/dirs")
differ=0
for file in "$first"/*; do
  name=$(basename "$file")
  case "$name" in *-batch.err) continue ;; esac  # the batch summary line says how long it took
  if cmp -s "$file" "$second/$name"; then
    verdict=identical
  else
    verdict=DIFFERENT
    differ=1
  fi
  printf '%-24s %10s bytes  %s  %s\n' "$name" "$(wc -c < "$file")" "$(sha256sum < "$file" | cut -c1-16)" "$verdict"
done
lines=$(wc -l < "$first/generated.jsonl")
echo "determinism: $lines generated scorecards; $(basename "$first") vs $(basename "$second"):" \
  "$([ $differ -eq 0 ] && echo 'byte-identical' || echo 'DIFFERENT')" >&2
exit $differ
