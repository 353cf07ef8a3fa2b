#!/usr/bin/env bash
# Makes the Word, OpenDocument and HTML test fixtures (run on demand; the
# output is committed, so `swift test` never needs pandoc).
#
# From the project's own SamplePlans/*.md (never from the shared corpus):
#   office/<plan>.docx, office/<plan>.odt   pandoc, Markdown to Word / OpenDocument
#   html/<plan>.html                        pandoc into a saved-style page
#                                           (Scripts/office-fixtures/page-template.html:
#                                           nav, scripts, cookie banner, main article)
#   office/<plan>.rtf                       pandoc, an RTF file to be refused
# From small hand-written parts in Scripts/office-fixtures/:
#   office/tracked-changes.docx   tracked insertion and deletion, a comment, a
#                                 footnote, Dutch style names, a table, a list
#   office/tracked-changes.odt    the same as OpenDocument
#   office/libreoffice-tracked-changes.docx, .odt
#                                 those two as LibreOffice saves them (optional)
#   html/toelichting-viewer.html  a plan viewer's toelichting (nested divs with
#                                 headings), saved as Windows-1252
# Made here from nothing:
#   office/zip-bomb.docx          word/document.xml of 100 MB of spaces (~100 KB packed)
#   office/corrupt.docx           a Word file cut off after 2,000 bytes
#   office/no-document.docx       a ZIP archive without word/document.xml
#   office/old-word.doc           the OLE2 signature of a Word 97–2003 file
#
# Needs pandoc, zip and iconv (Debian: apt-get install pandoc zip).
# SOURCE_DATE_EPOCH (default: 1 January 2025) makes every file byte-identical
# between runs except pandoc's .odt files, whose archive entries carry the time
# of conversion; their text does not change.
#
#   Scripts/make-office-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in pandoc zip iconv; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install pandoc zip)"; exit 1; }
done
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1735689600}
PARTS=Scripts/office-fixtures
OUT=Tests/TestSupport/Fixtures
mkdir -p "$OUT/office" "$OUT/html"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The sample plans every format is made from (format invariance tests).
PLANS=(
  nl-deventer-rivierenwijk-wijkprogramma-adviesrecht-reactienota
  nl-zwolle-holtenbroek-wijkactieplan-2025-zelfbeheer-buurthuis
  nl-arnhem-presikhaaf-wijkakkoord-coproductie
  en-uk-ashcombe-neighbourhood-plan-consultation-statement
)
# No smart quotes or dashes: the text must stay the Markdown's, character for character.
FROM=markdown-smart
for plan in "${PLANS[@]}"; do
  source=SamplePlans/$plan.md
  pandoc -f "$FROM" "$source" -o "$OUT/office/$plan.docx"
  pandoc -f "$FROM" "$source" -o "$OUT/office/$plan.odt"
  pandoc -f "$FROM" -t html5 --wrap=none --template="$PARTS/page-template.html" -M pagetitle="$plan" \
    "$source" -o "$OUT/html/$plan.html"
done
pandoc -f "$FROM" -s -t rtf "SamplePlans/${PLANS[0]}.md" -o "$OUT/office/${PLANS[0]}.rtf"

# Word and OpenDocument files from hand-written parts. The mimetype entry of an
# OpenDocument file comes first and is stored uncompressed.
touch -d "@$SOURCE_DATE_EPOCH" $(find "$PARTS" -type f)
(cd "$PARTS/tracked-changes-docx" && rm -f "$WORK/t.docx" && zip -qXD -r "$WORK/t.docx" \
  '[Content_Types].xml' _rels word docProps)
cp "$WORK/t.docx" "$OUT/office/tracked-changes.docx"
(cd "$PARTS/tracked-changes-odt" && rm -f "$WORK/t.odt" && zip -qX -0 "$WORK/t.odt" mimetype \
  && zip -qXD -r "$WORK/t.odt" META-INF content.xml meta.xml)
cp "$WORK/t.odt" "$OUT/office/tracked-changes.odt"
iconv -f UTF-8 -t WINDOWS-1252 "$PARTS/toelichting-viewer.html" > "$OUT/html/toelichting-viewer.html"

# The same two documents as LibreOffice saves them (each converted to the other
# format), when LibreOffice is installed (Debian: libreoffice-writer-nogui).
if command -v soffice >/dev/null; then
  soffice -env:UserInstallation="file://$WORK/lo-profile" --headless \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$WORK/lo" "$OUT/office/tracked-changes.odt" >/dev/null
  soffice -env:UserInstallation="file://$WORK/lo-profile" --headless \
    --convert-to odt --outdir "$WORK/lo" "$OUT/office/tracked-changes.docx" >/dev/null
  cp "$WORK/lo/tracked-changes.docx" "$OUT/office/libreoffice-tracked-changes.docx"
  cp "$WORK/lo/tracked-changes.odt" "$OUT/office/libreoffice-tracked-changes.odt"
else
  echo "soffice not found: the LibreOffice fixtures were not remade"
fi

# Bad files.
mkdir -p "$WORK/bomb/word" "$WORK/bomb/_rels"
cp "$PARTS/tracked-changes-docx/[Content_Types].xml" "$WORK/bomb/"
cp "$PARTS/tracked-changes-docx/_rels/.rels" "$WORK/bomb/_rels/"
head -c 100000000 /dev/zero | tr '\0' ' ' > "$WORK/bomb/word/document.xml"
touch -d "@$SOURCE_DATE_EPOCH" $(find "$WORK/bomb" -type f)
(cd "$WORK/bomb" && zip -qXD -9 -r "$WORK/bomb.docx" '[Content_Types].xml' _rels word)
cp "$WORK/bomb.docx" "$OUT/office/zip-bomb.docx"
head -c 2000 "$OUT/office/tracked-changes.docx" > "$OUT/office/corrupt.docx"
mkdir -p "$WORK/nodoc"
printf 'Dit archief bevat geen Word-document.\n' > "$WORK/nodoc/LEESMIJ.txt"
touch -d "@$SOURCE_DATE_EPOCH" "$WORK/nodoc/LEESMIJ.txt"
(cd "$WORK/nodoc" && zip -qX "$WORK/nodoc.docx" LEESMIJ.txt)
cp "$WORK/nodoc.docx" "$OUT/office/no-document.docx"
{ printf '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1'; head -c 504 /dev/zero; } > "$OUT/office/old-word.doc"

ls -l "$OUT/office" "$OUT/html"
