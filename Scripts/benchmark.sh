#!/usr/bin/env bash
# Throughput benchmark (run on demand: `make bench`; never part of `swift test`).
#
# Reads the 500 real bestemmingsplan texts of ../shared/corpus/imro, copied
# COPIES times (default 4, about 216 MB) as plain text and the same texts
# wrapped in the project's XML plan schema, scores them with the default rubric
# and prints MB/s, plans/s and peak memory, next to `xmllint --noout` and
# `rg -c -f <all indicator phrases>` on the same files in the same run, as
# ratios. Then the same with the rubric's phrase list multiplied tenfold
# (throughput must stay within 20%), and with two worker threads.
#
# Then PDF: the first PDF_PLANS (default 100) of those texts typeset once into
# two-column PDFs with running headers and page numbers (Scripts/md2ms.py and
# groff, in $BENCH_DIR/pdf, not committed), read by scorecard (read only, and
# read and scored) next to `pdftotext` (poppler-utils) on the same files.
# `Scripts/benchmark.sh --pdf-only` runs only this part.
#
# Then one-line XML: a STOP-shaped delivery of ONELINE_MB (default 20) MB built
# from those texts by Scripts/make_oneline_stop.py, written on one line and
# pretty-printed (in $BENCH_DIR/oneline, not committed), read by scorecard
# (read only, and read and scored) next to `xmllint --noout` on the same file.
# `Scripts/benchmark.sh --xml-line-only` runs only this part.
#
# Then one sentence without an end: a plan of 400 KB and one of LONG_MB
# (default 10) MB of plan language without a full stop, generated here (in
# $BENCH_DIR/long, not committed), scored by `scorecard score` with their
# time and peak memory; the splitter cuts such a run into pieces (a
# `sentence_capped` note), so the time follows the length.
# `Scripts/benchmark.sh --long-only` runs only this part.
#
# Then instruction counts, which do not move with the load of a shared machine
# as wall time does (±30% here): valgrind's callgrind counts the instructions
# of `scorecard` (release build, a copy stripped of debug info, which
# valgrind cannot read) on one fixed plan (INSTR_PLAN, default the IMRO plan
# named below), reading only and reading and scoring, and on a plan of one
# sentence for the start-up (loading and compiling the rubric, the
# municipality table and the hyphenation patterns), so a change
# to the hot path can be compared before and after with one number.
# `Scripts/benchmark.sh --instructions-only` runs only this part.
#
# Last, `scorecard batch` itself (Scripts/batch-benchmark.sh, which
# `Scripts/benchmark.sh --batch-only` runs alone): PLANS (default 3,000) copies
# of the same texts, JSON only on one and two jobs and every report on two; it
# prints the batch's peak memory, the 2-job/1-job speed-up and what the
# per-plan HTML and Markdown reports add.
set -euo pipefail
cd "$(dirname "$0")/.."
PDF_ONLY=0
XML_LINE_ONLY=0
[ "${1:-}" = "--pdf-only" ] && PDF_ONLY=1
[ "${1:-}" = "--xml-line-only" ] && XML_LINE_ONLY=1
ONELINE_MB=${ONELINE_MB:-20}
LONG_ONLY=0
[ "${1:-}" = "--long-only" ] && LONG_ONLY=1
LONG_MB=${LONG_MB:-10}
[ "${1:-}" = "--batch-only" ] && exec Scripts/batch-benchmark.sh
INSTRUCTIONS_ONLY=0
[ "${1:-}" = "--instructions-only" ] && INSTRUCTIONS_ONLY=1
PDF_PLANS=${PDF_PLANS:-100}

CORPUS=${CORPUS:-../shared/corpus/imro}
WORK=${BENCH_DIR:-/tmp/scorecard-bench}
COPIES=${COPIES:-4}
RUBRIC=${RUBRIC:-Rubrics/lsa-participatie.json}
INSTR_PLAN=${INSTR_PLAN:-$CORPUS/t_NL.IMRO.0022.BPLEOI16ONTW1-VA01.md}

if [ ! -d "$CORPUS" ]; then
  echo "benchmark: $CORPUS is absent; set CORPUS to a folder of plan texts" >&2
  exit 2
fi
for tool in xmllint rg python3; do
  command -v "$tool" >/dev/null || { echo "benchmark: needs $tool (apt-get install libxml2-utils ripgrep python3)" >&2; exit 2; }
done

swift build -c release --product scorecard-bench >/dev/null
BENCH=$(swift build -c release --show-bin-path)/scorecard-bench

now() { date +%s.%N; }
mb() { du -sb "$1" | cut -f1; }

run_bench() { # label folder extra-args...
  local label=$1 folder=$2; shift 2
  local line; line=$("$BENCH" "$folder" --rubric "$RUBRIC" "$@")
  echo "$label $line"
}

pdf_bench() {
  for tool in groff pdftotext; do
    command -v "$tool" >/dev/null || { echo "benchmark: needs $tool (apt-get install groff poppler-utils)" >&2; exit 2; }
  done
  local pdf="$WORK/pdf"
  if [ "$(find "$pdf" -name '*.pdf' 2>/dev/null | wc -l)" -ne "$PDF_PLANS" ]; then
    rm -rf "$pdf"; mkdir -p "$pdf"
    find "$CORPUS" -maxdepth 1 -type f | sort | head -n "$PDF_PLANS" | while read -r plan; do
      python3 Scripts/md2ms.py "$plan" --two-columns --header "Benchmark" --footer "Pagina %" \
        | groff -ms -mpdfmark -Tpdf -k 2>/dev/null > "$pdf/$(basename "${plan%.*}").pdf"
    done
  fi
  local pages; pages=$(for f in "$pdf"/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | paste -sd+ | bc)
  echo "== PDF: $(find "$pdf" -name '*.pdf' | wc -l) files, $pages pages ($(( $(mb "$pdf") / 1000 )) kB)"
  local read_pdf score_pdf start pdftotext_seconds
  read_pdf=$(run_bench "read-only/pdf  " "$pdf" --read-only)
  score_pdf=$(run_bench "scorecard/pdf  " "$pdf")
  echo "$read_pdf"; echo "$score_pdf"
  start=$(now); for f in "$pdf"/*.pdf; do pdftotext -q "$f" - >/dev/null; done; pdftotext_seconds=$(echo "$(now) - $start" | bc)
  python3 - "$read_pdf" "$score_pdf" "$pdftotext_seconds" "$(find "$pdf" -name '*.pdf' | wc -l)" "$pages" <<'PY'
import sys
def fields(line):
    return dict(kv.split("=") for kv in line.split()[1:] if "=" in kv)
read, score = fields(sys.argv[1]), fields(sys.argv[2])
tool_s, files, pages = float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
print()
print(f"{'run':28} {'plans/s':>9} {'pages/s':>9} {'peak MB':>8}")
for name, f in (("scorecard read only, PDF", read), ("scorecard read+score, PDF", score)):
    s = float(f["seconds"])
    print(f"{name:28} {files/s:9.1f} {pages/s:9.1f} {float(f['peak_rss_mb']):8.1f}")
print(f"{'pdftotext (one process each)':28} {files/tool_s:9.1f} {pages/tool_s:9.1f}")
print(f"scorecard read only / pdftotext: {(files/float(read['seconds']))/(files/tool_s):.2f}x")
PY
}

oneline_bench() {
  local dir="$WORK/oneline"
  mkdir -p "$dir/one-line" "$dir/pretty"
  local one="$dir/one-line/stop.xml" pretty="$dir/pretty/stop.xml"
  if [ ! -s "$one" ] || [ "$(cat "$dir/size" 2>/dev/null)" != "$ONELINE_MB" ]; then
    python3 Scripts/make_oneline_stop.py "$CORPUS" "$one" "$ONELINE_MB"
    python3 Scripts/make_oneline_stop.py "$CORPUS" "$pretty" "$ONELINE_MB" --pretty
    echo "$ONELINE_MB" > "$dir/size"
  fi
  echo "== one-line STOP XML: $(( $(mb "$one") / 1000 )) kB on $(wc -l < "$one") line(s); pretty-printed $(( $(mb "$pretty") / 1000 )) kB on $(wc -l < "$pretty") lines"
  local read_one score_one read_pretty score_pretty start xmllint_one xmllint_pretty
  read_one=$(run_bench "read-only/one-line " "$dir/one-line" --read-only)
  score_one=$(run_bench "scorecard/one-line " "$dir/one-line")
  read_pretty=$(run_bench "read-only/pretty   " "$dir/pretty" --read-only)
  score_pretty=$(run_bench "scorecard/pretty   " "$dir/pretty")
  echo "$read_one"; echo "$score_one"; echo "$read_pretty"; echo "$score_pretty"
  start=$(now); xmllint --noout --nonet "$one"; xmllint_one=$(echo "$(now) - $start" | bc)
  start=$(now); xmllint --noout --nonet "$pretty"; xmllint_pretty=$(echo "$(now) - $start" | bc)
  python3 - "$read_one" "$score_one" "$read_pretty" "$score_pretty" "$xmllint_one" "$xmllint_pretty" <<'PY'
import sys
def fields(line):
    return dict(kv.split("=") for kv in line.split()[1:] if "=" in kv)
read_one, score_one, read_pretty, score_pretty = (fields(l) for l in sys.argv[1:5])
lint_one, lint_pretty = float(sys.argv[5]), float(sys.argv[6])
print()
print(f"{'run':34} {'seconds':>8} {'MB/s':>8} {'peak MB':>8} {'÷ xmllint':>9}")
for name, f, lint in (("scorecard read only, one line", read_one, lint_one),
                      ("scorecard read+score, one line", score_one, lint_one),
                      ("scorecard read only, pretty", read_pretty, lint_pretty),
                      ("scorecard read+score, pretty", score_pretty, lint_pretty)):
    s = float(f["seconds"])
    print(f"{name:34} {s:8.2f} {float(f['mb_per_s']):8.1f} {float(f['peak_rss_mb']):8.1f} {s/lint:8.1f}×")
print(f"{'xmllint --noout, one line':34} {lint_one:8.2f}")
print(f"{'xmllint --noout, pretty':34} {lint_pretty:8.2f}")
print(f"one line / pretty-printed, read only: {float(read_one['seconds'])/float(read_pretty['seconds']):.2f}×")
PY
}

if [ "$XML_LINE_ONLY" -eq 1 ]; then
  oneline_bench
  exit 0
fi


long_bench() {
  local long="$WORK/long"
  mkdir -p "$long"
  python3 - "$long" "$LONG_MB" <<'PY'
import sys
folder, megabytes = sys.argv[1], float(sys.argv[2])
words = ("de bewoners beslissen samen met de gemeente over het wijkbudget en de wijkraad "
         "geeft advies, het college organiseert misschien geen bijeenkomsten in het buurthuis "
         "maar omwonenden konden een zienswijze indienen en reageren op het ontwerp niet,").split()
for name, size in (("sentence-400kb.txt", 400_000), (f"sentence-{megabytes:g}mb.txt", int(megabytes * 1e6))):
    parts, length, i = [], 0, 0
    while length < size:
        word = words[i % len(words)]
        parts.append(word)
        length += len(word) + 1
        i += 1
    with open(f"{folder}/{name}", "w", encoding="utf-8") as out:
        out.write("---\ntaal: nl\n---\n\n# Participatie\n\n" + " ".join(parts) + "\n")
PY
  swift build -c release --product scorecard >/dev/null
  local cli; cli=$(swift build -c release --show-bin-path)/scorecard
  echo "== one sentence without an end"
  printf '%-24s %9s %9s %8s %s\n' file MB seconds "peak MB" notes
  for file in "$long"/sentence-*.txt; do
    local stats; stats=$(mktemp)
    /usr/bin/time -f '%e %M' -o "$stats" "$cli" score "$file" --format json --time-budget 0 --memory-budget 0 >"$long/card.json" || true
    python3 - "$file" "$stats" "$long/card.json" <<'PY'
import json, os, sys
file, stats, card = sys.argv[1:4]
seconds, peak_kb = open(stats).read().split()[-2:]
try:
    notes = [n for n in json.load(open(card))["notes"] if n["code"] == "sentence_capped"]
    note = f"sentence_capped count={notes[0]['arguments']['count']}" if notes else "no sentence_capped note"
except (ValueError, KeyError, IndexError):
    note = "no card"
print(f"{os.path.basename(file):24} {os.path.getsize(file)/1e6:9.1f} {float(seconds):9.2f} {int(peak_kb)/1000:8.1f} {note}")
PY
    rm -f "$stats"
  done
}

instructions_bench() {
  if ! command -v valgrind >/dev/null; then
    echo "== instruction counts: skipped (needs valgrind: apt-get install valgrind)"
    return 0
  fi
  [ -f "$INSTR_PLAN" ] || INSTR_PLAN=$(find "$CORPUS" -maxdepth 1 -type f | sort | head -n 1)
  local dir="$WORK/instructions"
  mkdir -p "$dir"
  swift build -c release --product scorecard >/dev/null
  objcopy --strip-debug "$(swift build -c release --show-bin-path)/scorecard" "$dir/scorecard"
  # The start-up plan names a municipality, so that the one-time loading of
  # the municipality table (and Foundation's search of the executable's folder
  # for its bundle) falls in the start-up, as it does once in a batch.
  printf -- '---\ntaal: nl\ngemeente: Zwolle\n---\n\n# Plan\n\nBewoners denken mee.\n' >"$dir/start-up.md"
  count() { # command args...: the instructions callgrind collected
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
      | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
  }
  local start_up read score
  start_up=$(count "$dir/scorecard" score --format json --rubric "$RUBRIC" "$dir/start-up.md")
  read=$(count "$dir/scorecard" read --format json "$INSTR_PLAN")
  score=$(count "$dir/scorecard" score --format json --rubric "$RUBRIC" "$INSTR_PLAN")
  echo "== instruction counts (valgrind --tool=callgrind): $(basename "$INSTR_PLAN"), $(( $(mb "$INSTR_PLAN") / 1000 )) kB"
  python3 - "$start_up" "$read" "$score" "$(mb "$INSTR_PLAN")" <<'PY'
import sys
start_up, read, score, size = (int(v) for v in sys.argv[1:5])
print(f"{'run':36} {'instructions':>15} {'per byte':>9}")
print(f"{'start-up (a one-sentence plan)':36} {start_up:15,}")
print(f"{'read only':36} {read:15,} {read / size:9.0f}")
print(f"{'read and score':36} {score:15,} {score / size:9.0f}")
print(f"{'read and score, less the start-up':36} {score - start_up:15,} {(score - start_up) / size:9.0f}")
PY
}

if [ "$INSTRUCTIONS_ONLY" -eq 1 ]; then
  instructions_bench
  exit 0
fi
if [ "$PDF_ONLY" -eq 1 ]; then
  pdf_bench
  exit 0
fi
if [ "$LONG_ONLY" -eq 1 ]; then
  long_bench
  exit 0
fi

python3 Scripts/prepare_benchmark_corpus.py "$CORPUS" "$WORK" "$COPIES" "$RUBRIC"

echo "== corpus: $(find "$WORK/text" -type f | wc -l) text files ($(( $(mb "$WORK/text") / 1000000 )) MB), $(find "$WORK/xml" -type f | wc -l) XML files ($(( $(mb "$WORK/xml") / 1000000 )) MB)"
read_line=$(run_bench "read-only/text " "$WORK/text" --read-only)
text_line=$(run_bench "scorecard/text " "$WORK/text")
xml_line=$(run_bench "scorecard/xml  " "$WORK/xml")
x10_line=$(run_bench "scorecard/text×10phrases" "$WORK/text" --multiply 10)
j2_line=$(run_bench "scorecard/text/2jobs" "$WORK/text" --jobs 2)
echo "$read_line"; echo "$text_line"; echo "$xml_line"; echo "$x10_line"; echo "$j2_line"

start=$(now); find "$WORK/xml" -type f -print0 | xargs -0 -n 500 xmllint --noout --nonet; xml_seconds=$(echo "$(now) - $start" | bc)
start=$(now); rg -j1 -c -i --no-unicode --regex-size-limit 4G --dfa-size-limit 4G -f "$WORK/phrases.txt" "$WORK/text" >/dev/null || [ $? -eq 1 ] || { echo "rg failed" >&2; exit 1; }; rg_seconds=$(echo "$(now) - $start" | bc)

python3 - "$text_line" "$xml_line" "$x10_line" "$j2_line" "$read_line" "$xml_seconds" "$rg_seconds" "$(mb "$WORK/text")" "$(mb "$WORK/xml")" <<'PY'
import sys
def fields(line):
    return dict(kv.split("=") for kv in line.split()[1:] if "=" in kv)
text, xml, x10, j2, read = (fields(l) for l in sys.argv[1:6])
xml_s, rg_s = float(sys.argv[6]), float(sys.argv[7])
text_mb, xml_mb = int(sys.argv[8]) / 1e6, int(sys.argv[9]) / 1e6
print()
print(f"{'run':28} {'MB/s':>8} {'plans/s':>9} {'peak MB':>8}")
for name, f in (("read only, text", read), ("scorecard, text", text), ("scorecard, XML", xml), ("scorecard, text, 10× phrases", x10), ("scorecard, text, 2 jobs", j2)):
    print(f"{name:28} {float(f['mb_per_s']):8.1f} {float(f['plans_per_s']):9.1f} {float(f['peak_rss_mb']):8.1f}")
print(f"{'xmllint --noout, XML':28} {xml_mb/xml_s:8.1f}")
print(f"{'rg -j1 -c -f phrases, text':28} {text_mb/rg_s:8.1f}")
print()
print(f"phrases: {text['phrases']} (×10: {x10['phrases']})")
print(f"scorecard XML / xmllint --noout: {float(xml['mb_per_s'])/(xml_mb/xml_s):.2f}×")
print(f"scorecard text / rg -c -f: {float(text['mb_per_s'])/(text_mb/rg_s):.2f}×")
change = float(x10['mb_per_s'])/float(text['mb_per_s']) - 1
print(f"10× phrases: throughput {change*100:+.1f}% ({'within' if abs(change) <= 0.20 else 'OUTSIDE'} 20%)")
print(f"2 jobs / 1 job: {float(j2['mb_per_s'])/float(text['mb_per_s']):.2f}×")
PY

pdf_bench
oneline_bench
long_bench
instructions_bench
Scripts/batch-benchmark.sh
