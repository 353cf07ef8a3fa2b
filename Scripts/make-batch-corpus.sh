#!/usr/bin/env bash
# Makes a large plan folder for batch benchmarks (never committed data):
# copies the plan texts of ../shared/corpus/imro into $DEST (default
# /tmp/scorecard-batch-corpus) until there are PLANS files (default 3,000).
# Copy N of a plan gets one line more, "Kopie N.", so no two files share a hash
# and the cache cannot serve one copy from another. The folder is kept when it
# already holds PLANS files.
#
#   Scripts/make-batch-corpus.sh                   # 3,000 plans
#   PLANS=1500 DEST=/tmp/plans Scripts/make-batch-corpus.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${CORPUS:-../shared/corpus/imro}
DEST=${DEST:-/tmp/scorecard-batch-corpus}
PLANS=${PLANS:-3000}

if [ ! -d "$CORPUS" ]; then
  echo "make-batch-corpus: $CORPUS is absent; set CORPUS to a folder of plan texts" >&2
  exit 2
fi
if [ -d "$DEST" ] && [ "$(find "$DEST" -type f | wc -l)" -eq "$PLANS" ]; then
  exit 0
fi
rm -rf "$DEST"
made=0
copy=1
while [ "$made" -lt "$PLANS" ]; do
  mkdir -p "$DEST/kopie-$copy"
  for file in "$CORPUS"/*; do
    [ "$made" -lt "$PLANS" ] || break
    { cat "$file"; printf '\n\nKopie %s.\n' "$copy"; } >"$DEST/kopie-$copy/$(basename "$file")"
    made=$((made + 1))
  done
  copy=$((copy + 1))
done
