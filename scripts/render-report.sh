#!/usr/bin/env bash
# The browser check of the reports: renders them in headless Chromium on a machine that has no Bengali
# font, to look at (Bengali shaping from the embedded Noto Sans Bengali, numbers kept whole, A4 fit).
# Not part of `mvn verify`. Installs Debian's chromium and poppler-utils with apt-get if they are missing,
# builds the command in the reactor (nothing is installed into ~/.m2), and writes into out/render/
# (ignored by git):
#   table-bn.html/.png/.pdf, table-bn-print-1.png   the report of the Cox's Bazar table (TSV), in Bengali
#   table-en.*                                      the same in English
#   rollup-bn.*                                     the roll-up of the sample district against its hierarchy
# Chromium runs under a fontconfig of its own that holds the DejaVu fonts alone, whatever fonts the machine
# has (Chromium's package brings Lohit Bengali): every Bengali glyph on the pages comes from the font
# embedded in the HTML. The script fails if that fontconfig can see a Bengali font, and prints the fonts
# each PDF uses (pdffonts): Bengali text must be set in Noto Sans Bengali.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/out/render"
mkdir -p "$out"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list >/dev/null 2>&1 || missing+=(fontconfig)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core
fi

# A fontconfig that knows the DejaVu fonts only.
dejavu=$(dirname "$(fc-list : file | grep -m1 -i 'DejaVuSans.ttf' | cut -d: -f1)")
cat > "$out/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>$dejavu</dir>
  <cachedir>$out/fontconfig-cache</cachedir>
</fontconfig>
EOF
export FONTCONFIG_FILE="$out/fonts.conf"
if [ -n "$(fc-list :lang=bn)" ]; then
  echo "The check's fontconfig still sees a Bengali font:" >&2
  fc-list :lang=bn >&2
  exit 1
fi
echo "Fonts Chromium can find: $(fc-list : family | sort -u | paste -sd ';')"

echo "Building the command ..."
mvn -B -q -pl charter-examples -am package -DskipTests
charter() { java -jar charter-examples/target/charter-examples-0.1.0-SNAPSHOT-cli.jar "$@"; }
table=charter-examples/samples/coxsbazar-cc-2022-23-q3.tsv
office=(--office coop-district-coxsbazar --office-name "জেলা সমবায় কার্যালয়, কক্সবাজার"
  --office-name "District Cooperative Office, Cox's Bazar" --office-level DISTRICT)
charter report "$table" --fiscal-year 2022-23 --as-of Q3 "${office[@]}" --lang bn --html "$out/table-bn.html"
charter report "$table" --fiscal-year 2022-23 --as-of Q3 "${office[@]}" --lang en --html "$out/table-en.html"
charter batch charter-examples/samples/district/plans-2023-24-q3.jsonl --out "$out/district-cards.jsonl" --quiet
charter rollup "$out/district-cards.jsonl" --hierarchy charter-examples/samples/district/offices.json \
  --format html --lang bn --out "$out/rollup-bn.html"

render() {
  local name="$1"
  local profile
  profile=$(mktemp -d)
  local flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
    --disable-component-update --disable-sync --hide-scrollbars "--user-data-dir=$profile")
  chromium "${flags[@]}" --screenshot="$out/$name.png" --window-size=1123,1000 "file://$out/$name.html" 2>/dev/null
  chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$out/$name.html" 2>/dev/null
  rm -f "$out/$name"-print-*.png
  pdftoppm -r 96 -png "$out/$name.pdf" "$out/$name-print"
  rm -rf "$profile"
  echo "Rendered $out/$name.png and $out/$name.pdf ($(ls "$out/$name"-print-*.png | wc -l) printed page(s)); its fonts:"
  pdffonts "$out/$name.pdf" | tail -n +3 | awk '{print "  " $1}' | sort -u
}
render table-bn
render table-en
render rollup-bn
