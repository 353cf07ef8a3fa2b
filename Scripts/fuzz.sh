#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers with libFuzzer (`make fuzz`).
#
#   Scripts/fuzz.sh [harness ...]      default: every harness, one after another
#
# Builds the harnesses in Fuzz/ with -sanitize=fuzzer,address into .build-fuzz,
# seeds each one's corpus from the project's fixtures, and runs them one at a
# time. Settings (environment):
#   FUZZ_SECONDS  seconds per harness (default 60 when FUZZ_RUNS is not set either)
#   FUZZ_RUNS     executions per harness; with FUZZ_SECONDS, whichever comes first
#   FUZZ_TIMEOUT  seconds one input may take before it counts as a hang (default 10)
#   FUZZ_RSS_MB   memory limit in MB (default 2048)
#   FUZZ_MAX_LEN  largest input in bytes (default 8192)
#   FUZZ_WORK     work folder: corpora, logs, crash inputs (default .build-fuzz/work)
#   FUZZ_BUILD    0 skips the build (default 1)
# Exits 1 when a harness finds a crash, a hang, a leak or runs out of memory;
# the input is kept as FUZZ_WORK/<harness>/crash-* (or timeout-*, leak-*, oom-*).
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
FUZZ_RUNS=${FUZZ_RUNS:-}
FUZZ_SECONDS=${FUZZ_SECONDS:-}
if [ -z "$FUZZ_RUNS" ] && [ -z "$FUZZ_SECONDS" ]; then FUZZ_SECONDS=60; fi
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10}
FUZZ_RSS_MB=${FUZZ_RSS_MB:-2048}
FUZZ_MAX_LEN=${FUZZ_MAX_LEN:-8192}
FUZZ_WORK=${FUZZ_WORK:-.build-fuzz/work}
FUZZ_BUILD=${FUZZ_BUILD:-1}
ALL=(fuzz-plain-text fuzz-xml fuzz-html fuzz-docx fuzz-odt fuzz-pdf fuzz-rubric fuzz-assessment
  fuzz-answers fuzz-manifest)
if [ $# -gt 0 ]; then HARNESSES=("$@"); else HARNESSES=("${ALL[@]}"); fi

for harness in "${HARNESSES[@]}"; do
  case " ${ALL[*]} " in
    *" $harness "*) ;;
    *) echo "Unknown harness '$harness'; use one of: ${ALL[*]}" >&2; exit 2 ;;
  esac
done

# Writes, for each archive, its parts (in the order named, a missing one
# empty) joined by two NUL bytes: the form in which fuzz-docx and fuzz-odt
# take the XML of an archive (Fuzz/Support/FuzzArchive.swift).
#   office_parts <corpus> <part> ... -- <archive> ...
office_parts() {
  python3 - "$@" <<'PYTHON'
import os, sys, zipfile
corpus, rest = sys.argv[1], sys.argv[2:]
parts, archives = rest[:rest.index("--")], rest[rest.index("--") + 1:]
for archive in archives:
    try:
        with zipfile.ZipFile(archive) as z:
            names = set(z.namelist())
            pieces = [z.read(p) if p in names else b"" for p in parts]
    except (zipfile.BadZipFile, OSError, RuntimeError):
        continue
    name = os.path.join(corpus, "parts-" + os.path.basename(archive))
    with open(name, "wb") as out:
        out.write(b"\0\0".join(pieces))
PYTHON
}

# Copies the seed inputs of a harness into its corpus folder.
seed() {
  local harness=$1 corpus=$2 fixtures=Tests/TestSupport/Fixtures
  case "$harness" in
    fuzz-plain-text) cp "$fixtures"/text/* "$fixtures"/calibration/*.txt SamplePlans/*.md "$corpus" ;;
    fuzz-xml) cp "$fixtures"/xml/*.xml SamplePlans/*.xml "$corpus" ;;
    fuzz-html) cp "$fixtures"/html/*.html "$corpus" ;;
    fuzz-docx)
      cp "$fixtures"/office/*.docx "$corpus"
      office_parts "$corpus" word/document.xml word/styles.xml word/footnotes.xml \
        word/endnotes.xml docProps/core.xml docProps/custom.xml -- "$fixtures"/office/*.docx
      ;;
    fuzz-odt)
      cp "$fixtures"/office/*.odt "$corpus"
      office_parts "$corpus" content.xml styles.xml meta.xml -- "$fixtures"/office/*.odt
      ;;
    fuzz-pdf) cp "$fixtures"/pdf/*.pdf "$corpus" ;;
    fuzz-rubric) cp Rubrics/*.json "$fixtures"/rubrics/*.json "$corpus" ;;
    fuzz-assessment) cp Fuzz/Seeds/seed.assessment.json "$fixtures"/reports/card.json "$corpus" ;;
    fuzz-answers) cp docs/examples/*.answers.txt "$corpus" ;;
    fuzz-manifest)
      # The example in docs/batch.md: the code block after "A `plans.csv`".
      awk '/A `plans.csv`/ { found = 1 } found && /^```/ { if (inside) exit; inside = 1; next }
        inside { print }' docs/batch.md >"$corpus/docs-example.csv"
      printf '\xef\xbb\xbffile;gemeente;wijk;jaar;soort\r\n"a.md";"Zwolle; gemeente";"Oost ""Noord""";2026;\r\n' \
        >"$corpus/quoted-bom.csv"
      printf 'bestand,soort,year\n./sub\\plan.txt,Participatieverordening,2024\n,,\n' >"$corpus/comma.csv"
      ;;
  esac
  # Inputs that once crashed a harness, kept for the regression tests.
  for crash in "$fixtures"/FuzzCrashes/"${harness#fuzz-}"-*; do
    [ -e "$crash" ] && cp "$crash" "$corpus"
  done
  return 0
}

if [ "$FUZZ_BUILD" = 1 ]; then
  for harness in "${HARNESSES[@]}"; do
    echo "Building $harness"
    # -enable-testing lets fuzz-manifest reach the internal manifest reader; lld
    # links where gold fails on the sanitized objects.
    SCORECARD_FUZZ=1 "$SWIFT" build -c release --scratch-path .build-fuzz --product "$harness" \
      -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -use-ld=lld \
      2>&1 | grep -v "Cannot export local symbol" || true
    [ -x ".build-fuzz/release/$harness" ] || { echo "Building $harness failed" >&2; exit 1; }
  done
fi

limit=()
if [ -n "$FUZZ_RUNS" ]; then limit+=(-runs="$FUZZ_RUNS"); fi
if [ -n "$FUZZ_SECONDS" ]; then limit+=(-max_total_time="$FUZZ_SECONDS"); fi
failed=()
for harness in "${HARNESSES[@]}"; do
  dir="$FUZZ_WORK/$harness"
  mkdir -p "$dir/corpus"
  seed "$harness" "$dir/corpus"
  log="$dir/fuzz.log"
  echo "Running $harness (${limit[*]}), log in $log"
  # The Swift backtracer waits on a crashing fuzzer; libFuzzer and ASan report instead.
  status=0
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 \
    ".build-fuzz/release/$harness" "${limit[@]}" \
    -dict="Fuzz/Dictionaries/$harness.dict" -timeout="$FUZZ_TIMEOUT" \
    -rss_limit_mb="$FUZZ_RSS_MB" -max_len="$FUZZ_MAX_LEN" -detect_leaks=1 \
    -print_final_stats=1 -artifact_prefix="$dir/" "$dir/corpus" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  seconds=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
  if [ "$status" -eq 0 ]; then
    echo "$harness: ok, ${runs:-?} executions in ${seconds:-?} s (${speed:-?}/s), ${coverage:-no coverage line}"
  else
    failed+=("$harness")
    echo "$harness: FAILED (exit $status) after ${runs:-?} executions; the report:"
    grep -E 'ERROR: |SUMMARY: |Fatal error|Test unit written|artifact' "$log" | head -20
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "Fuzzing found problems in: ${failed[*]} (inputs and logs under $FUZZ_WORK)"
  exit 1
fi
echo "Fuzzing found no crash, hang or leak."
