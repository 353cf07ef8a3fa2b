#!/usr/bin/env bash
# Makes the PDF test fixtures in Tests/TestSupport/Fixtures/pdf/ once, with real
# tools, from the project's own SamplePlans/*.md and from text written here.
# The generated files are committed; run this again only to change them.
#
# Needs: python3, groff (with gropdf), poppler-utils (pdftoppm), img2pdf, qpdf:
#   apt-get install groff poppler-utils img2pdf qpdf
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=Tests/TestSupport/Fixtures/pdf
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
for tool in python3 groff pdftoppm img2pdf qpdf; do
  command -v "$tool" >/dev/null || { echo "make-pdf-fixtures: needs $tool" >&2; exit 2; }
done

typeset() { # plan.md out.pdf md2ms-options...
  local plan=$1 out=$2; shift 2
  python3 Scripts/md2ms.py "$plan" "$@" > "$WORK/plan.ms"
  groff -ms -mpdfmark -Tpdf -k "$WORK/plan.ms" > "$out"
}

# Two columns below the title, a running header on every page, page numbers
# in the footer, and groff's own line-end hyphenation.
typeset SamplePlans/nl-heerlen-meezenbroek-wijkplan-voorbehouden.md "$OUT/heerlen-two-columns.pdf" \
  --two-columns --header "Wijkplan Meezenbroek 2025-2028 — Gemeente Heerlen" --footer "Pagina %" --size 12
# One column, header and footer.
typeset SamplePlans/nl-leeuwarden-vrijheidswijk-omgevingsplan-raadpleging.md "$OUT/leeuwarden-one-column.pdf" \
  --header "Omgevingsplan Vrijheidswijk" --footer "– % –"
typeset SamplePlans/en-us-riverbend-mpo-public-participation-plan.md "$OUT/riverbend-one-column.pdf" \
  --header "Riverbend MPO Public Participation Plan" --footer "Page %"

# Line ends set by hand, to pin down the hyphenation rule: a broken word, a
# real hyphen before a capital, a hyphen before "en", a written compound.
cat > "$WORK/hyphens.ms" <<'MS'
.nr PS 11p
.nr VS 13p
.pdfinfo /Title Afbreekproef
.pdfinfo /Author Gemeente Zwolle
.SH
\s[+4]\fBAfbreekproef\fP\s0
.SH
\fBBewoners en gemeente\fP
.LP
.nf
Dit plan gaat over de participa-
tie van bewoners in Noord-
Holland en over het woon-
en werkgebied langs de rivier. Wij
houden deur-aan-
deurgesprekken in de hele wijk.
.fi
.SH
\fBBudget\fP
.LP
Bewoners beslissen zelf over het wijkbudget van 40.000 euro per jaar.
MS
groff -ms -mpdfmark -Tpdf -k "$WORK/hyphens.ms" > "$OUT/hyphenation.pdf"

# A scan: the pages of a typeset plan as images, without a text layer.
pdftoppm -r 40 -gray -png -f 1 -l 1 "$OUT/leeuwarden-one-column.pdf" "$WORK/page"
img2pdf "$WORK"/page*.png -o "$OUT/scan.pdf"

# Protected with a password (user password "geheim").
qpdf --encrypt geheim eigenaar 256 -- "$OUT/hyphenation.pdf" "$OUT/encrypted.pdf"

# Cut off half-way, as an interrupted download.
size=$(stat -c %s "$OUT/hyphenation.pdf")
head -c $((size / 2)) "$OUT/hyphenation.pdf" > "$OUT/truncated.pdf"

# A PDF header and end marker around bytes that are no PDF.
printf '%%PDF-1.7\n%s\n%%%%EOF\n' "this is not a PDF body, no objects, no cross-reference table" > "$OUT/damaged.pdf"

ls -l "$OUT"
