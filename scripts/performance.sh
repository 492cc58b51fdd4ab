#!/usr/bin/env bash
# Whole-process measurements and the JMH benchmarks, for docs/performance.md. Not part of `mvn verify`.
#   scripts/performance.sh            everything (about 25 minutes on 2 cores)
#   scripts/performance.sh process    only the whole-process runs
#   scripts/performance.sh jmh        only the JMH benchmarks
# Installs Debian's hyperfine if it is missing. Writes its files under out/performance (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
out="$PWD/out/performance"
mkdir -p "$out"

echo "== Building the command and the benchmarks"
mvn -B -q -Pbenchmarks package -DskipTests -pl charter-examples,charter-benchmarks -am   # the reactor: nothing goes into ~/.m2
cli="$PWD/charter-examples/target/charter-examples-0.1.0-SNAPSHOT-cli.jar"
bench="$PWD/charter-benchmarks/target/benchmarks.jar"

echo "== Machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1)"
grep -m1 "model name" /proc/cpuinfo || true

if [ "$what" = all ] || [ "$what" = process ]; then
  if ! command -v hyperfine >/dev/null 2>&1; then
    echo "Installing hyperfine ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
  fi
  echo "== 2. The whole ./charter score process on the Cox's Bazar sample (jar already built)"
  ./charter score charter-examples/samples/coxsbazar-cc-2022-23-q3.tsv --fiscal-year 2022-23 --as-of Q3 >/dev/null
  sample="charter-examples/samples/coxsbazar-cc-2022-23-q3.tsv --fiscal-year 2022-23 --as-of Q3"
  hyperfine --warmup 3 --runs 20 --export-json "$out/score-process.json" \
    "./charter score $sample" \
    "java -Xlog:disable -Xshare:off -jar $cli score $sample"

  echo "== 5. Country scale: 250,000 plans of 6 indicators through charter batch on the machine's cores"
  if [ ! -s "$out/plans-250k.jsonl" ]; then
    java -cp "$bench" org.citizencharter.benchmarks.GeneratePlans 250000 6 250 > "$out/plans-250k.jsonl"
  fi
  ls -l "$out/plans-250k.jsonl" | awk '{printf "input: %.0f MB\n", $5 / 1e6}'
  /usr/bin/time -v java -jar "$cli" batch "$out/plans-250k.jsonl" --out /dev/null 2> "$out/batch-250k.txt" || true
  grep -E "Scored|Elapsed \(wall|Maximum resident" "$out/batch-250k.txt"

  echo "== 4. One million plans streamed through charter batch with -Xmx256m"
  java -cp "$bench" org.citizencharter.benchmarks.GeneratePlans 1000000 6 1000 \
    | /usr/bin/time -v java -Xmx256m -jar "$cli" batch - --out /dev/null 2> "$out/batch-1m.txt" || true
  grep -E "Scored|Elapsed \(wall|Maximum resident|Exit status" "$out/batch-1m.txt"
fi

if [ "$what" = all ] || [ "$what" = jmh ]; then
  echo "== 1, 2, 3. JMH: scoring throughput, time to the first scorecard, JSON"
  java -jar "$bench" | tee "$out/jmh.txt" | grep -vE "^# (Warmup|Measurement) Iteration|^Iteration|^# (Run progress|Fork)" || true
fi
