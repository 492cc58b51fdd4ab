#!/usr/bin/env bash
# Renders the Cox's Bazar progress report in a real browser, to look at it: Bengali shaping, A4 fit.
# Not part of `mvn verify`. Installs Debian's chromium, fonts-noto-core (Noto Sans Bengali) and
# poppler-utils (to turn the printed PDF into a PNG) with apt-get if they are missing, builds what it
# needs, writes the report into out/ (ignored by git) and renders:
#   out/coxsbazar-cc-2022-23-q3.png        the page on screen, 1123 px wide (A4 landscape at 96 dpi)
#   out/coxsbazar-cc-2022-23-q3.pdf        the page printed (A4 landscape, as @page asks)
#   out/coxsbazar-cc-2022-23-q3-print-1.png  the printed first page, at 96 dpi
#   and the same for the English report (-en).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/out"
mkdir -p "$out"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -q "Noto Sans Bengali" || missing+=(fonts-noto-core)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

echo "Building ..."
mvn -B -q -N install
mvn -B -q -pl charter-core,charter-rules install -DskipTests
mvn -B -q -pl charter-io test-compile
mvn -B -q -pl charter-io dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
java -cp "charter-io/target/classes:charter-io/target/test-classes:$(cat "$out/classpath.txt")" \
  org.citizencharter.io.report.CoxsBazarReport "$out"

render() {
  local name="$1"
  local profile
  profile=$(mktemp -d)
  local flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
    --disable-component-update --disable-sync --hide-scrollbars "--user-data-dir=$profile")
  chromium "${flags[@]}" --screenshot="$out/$name.png" --window-size=1123,1000 "file://$out/$name.html" 2>/dev/null
  chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$out/$name.html" 2>/dev/null
  pdftoppm -r 96 -png "$out/$name.pdf" "$out/$name-print"
  rm -rf "$profile"
  echo "Rendered $out/$name.png and $out/$name.pdf ($(ls "$out/$name"-print-*.png | wc -l) printed page(s))"
}
render coxsbazar-cc-2022-23-q3
render coxsbazar-cc-2022-23-q3-en
