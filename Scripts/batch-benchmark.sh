#!/usr/bin/env bash
# Batch benchmark (run on demand; never part of `swift test`).
#
# Copies the 500 real bestemmingsplan texts of ../shared/corpus/imro COPIES
# times (default 4: 2,000 plans, about 216 MB) into one plan folder (each copy
# gets one line more, "Kopie N.", so no two files share a hash and the cache
# cannot serve one copy from another), then runs
# the release build of `scorecard batch` on it:
#   1. --jobs 1 --no-cache     one core
#   2. --jobs 2 --no-cache     two cores (the speed-up is run 1 / run 2)
#   3. --jobs 2 with a cache, twice: the second run finds every plan unchanged
# and prints wall time, plans/s and peak memory (maximum resident set size)
# for each, plus the speed-up from one core to two. The report formats are the
# default (JSON, Markdown and HTML per plan), so writing is measured too.
#
#   Scripts/batch-benchmark.sh
#   COPIES=2 RUBRIC=path/to/rubric.json Scripts/batch-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${CORPUS:-../shared/corpus/imro}
WORK=${BENCH_DIR:-/tmp/scorecard-batch-bench}
COPIES=${COPIES:-4}
RUBRIC=${RUBRIC:-lsa-participatie}

if [ ! -d "$CORPUS" ]; then
  echo "batch-benchmark: $CORPUS is absent; set CORPUS to a folder of plan texts" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "batch-benchmark: needs GNU time for peak memory (apt-get install time)" >&2
  exit 2
fi

swift build -c release --product scorecard >/dev/null
BIN=$(swift build -c release --show-bin-path)/scorecard

rm -rf "$WORK"
mkdir -p "$WORK/plans"
for copy in $(seq 1 "$COPIES"); do
  mkdir -p "$WORK/plans/kopie-$copy"
  for file in "$CORPUS"/*; do
    { cat "$file"; printf '\n\nKopie %s.\n' "$copy"; } >"$WORK/plans/kopie-$copy/$(basename "$file")"
  done
done
plans=$(find "$WORK/plans" -type f | wc -l)
megabytes=$(( $(du -sb "$WORK/plans" | cut -f1) / 1000000 ))
echo "== $plans plans ($megabytes MB) in $WORK/plans; rubric $RUBRIC; $(nproc) cores"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows every run)"

# run LABEL OUT ARGS...: prints "LABEL wall cpu_seconds peak_kb".
run() {
  local label=$1 out=$2; shift 2
  local stats="$WORK/time-$label.txt"
  /usr/bin/time -v -o "$stats" "$BIN" batch "$WORK/plans" --out "$out" --rubric "$RUBRIC" \
    --quiet "$@" >"$WORK/stdout-$label.txt" 2>"$WORK/stderr-$label.txt" || true
  local wall user system peak
  wall=$(grep "Elapsed (wall clock)" "$stats" | awk '{print $NF}')
  user=$(grep "User time" "$stats" | awk '{print $NF}')
  system=$(grep "System time" "$stats" | awk '{print $NF}')
  peak=$(grep "Maximum resident set size" "$stats" | awk '{print $NF}')
  echo "$label $wall $(awk "BEGIN { print $user + $system }") $peak"
}

one=$(run jobs1 "$WORK/out-1" --jobs 1 --no-cache)
two=$(run jobs2 "$WORK/out-2" --jobs 2 --no-cache)
cold=$(run cache-cold "$WORK/out-cache" --jobs 2)
warm=$(run cache-warm "$WORK/out-cache" --jobs 2)
cmp -s "$WORK/out-1/summary.csv" "$WORK/out-2/summary.csv" \
  && cmp -s "$WORK/out-1/index.html" "$WORK/out-cache/index.html" \
  && echo "outputs of all runs are byte-identical" || echo "WARNING: outputs differ between runs"
head -1 "$WORK/stdout-jobs2.txt"

python3 - "$plans" "$one" "$two" "$cold" "$warm" <<'PY'
import sys
plans = int(sys.argv[1])
def parse(line):
    label, wall, cpu, peak_kb = line.split()
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    return label, seconds, float(cpu), int(peak_kb) / 1024
rows = [parse(line) for line in sys.argv[2:]]
print()
print(f"{'run':34} {'wall s':>8} {'plans/s':>9} {'CPU s':>8} {'peak MB':>8}")
names = {"jobs1": "--jobs 1 --no-cache (one core)", "jobs2": "--jobs 2 --no-cache (two cores)",
         "cache-cold": "--jobs 2, cache empty", "cache-warm": "--jobs 2, cache full (re-run)"}
for label, seconds, cpu, peak in rows:
    print(f"{names[label]:34} {seconds:8.1f} {plans / seconds:9.1f} {cpu:8.1f} {peak:8.0f}")
print()
print(f"speed-up from one core to two: {rows[0][1] / rows[1][1]:.2f}×")
PY
