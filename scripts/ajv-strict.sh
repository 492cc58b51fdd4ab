#!/usr/bin/env bash
# Compiles charter's JSON Schemas with ajv in strict mode (JSON Schema 2020-12, ajv-formats for "date"),
# as a host's JavaScript front end would, and validates the samples against them: charter-io's test samples
# (plan-*, scorecard-*, hierarchy*, policy-*.json), the command's plan sample, each line of the district's
# JSON Lines and its office hierarchy. Needs Node.js and npm (ajv is installed into target/ajv, not globally); not part of
# `mvn verify`, which checks the same strictness rules in Java (SchemaStrictnessTest) and the schemas'
# agreement with the reader (SchemaAgreementTest, networknt's validator).
#   scripts/ajv-strict.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/target/ajv"
mkdir -p "$work"
if [ ! -d "$work/node_modules/ajv" ] || [ ! -d "$work/node_modules/ajv-formats" ]; then
  (cd "$work" && npm install --silent --no-audit --no-fund --prefix . ajv@8 ajv-formats@3 >/dev/null)
fi
cat > "$work/check.js" <<'JS'
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");
const fs = require("fs");
const [schemas, samples, ioSamples] = process.argv.slice(2);
const documents = {
  plan: [fs.readFileSync(samples + "/coxsbazar-cc-2022-23-q3.json", "utf8"),
         ...fs.readFileSync(samples + "/district/plans-2023-24-q3.jsonl", "utf8").split("\n").filter(l => l.trim())],
  hierarchy: [fs.readFileSync(samples + "/district/offices.json", "utf8")],
  scorecard: [],
  policy: [],
};
for (const file of fs.readdirSync(ioSamples).filter(f => f.endsWith(".json"))) {
  documents[file.replace(/[-.].*/, "")].push(fs.readFileSync(ioSamples + "/" + file, "utf8"));
}
let failed = false;
for (const [kind, texts] of Object.entries(documents)) {
  const ajv = new Ajv2020({strict: true, allErrors: true});
  addFormats(ajv);
  let validate;
  try {
    validate = ajv.compile(JSON.parse(fs.readFileSync(schemas + "/" + kind + ".schema.json", "utf8")));
  } catch (refused) {
    console.log(kind + ".schema.json: refused in strict mode: " + refused.message);
    failed = true;
    continue;
  }
  let invalid = 0;
  for (const text of texts) {
    if (!validate(JSON.parse(text))) {
      invalid++;
      console.log(kind + ": " + ajv.errorsText(validate.errors));
    }
  }
  failed = failed || invalid > 0;
  console.log(kind + ".schema.json: compiles in strict mode; " + (texts.length - invalid) + " of " + texts.length
      + " sample documents valid");
}
process.exit(failed ? 1 : 0);
JS
(cd "$work" && node check.js "$root/charter-io/src/main/resources/org/citizencharter/io/schema" \
    "$root/charter-examples/samples" "$root/charter-io/src/test/resources/org/citizencharter/io/samples")
