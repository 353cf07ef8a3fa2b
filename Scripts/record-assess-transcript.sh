#!/usr/bin/env bash
# Records `scorecard assess` on a sample plan as a resident sees it, in a
# 100×45 tmux terminal, and prints two parts of the screen: a question with a
# wrong answer, and the summary with the end. The README's transcript comes
# from here.
#
#   Scripts/record-assess-transcript.sh            # uses .build/debug/scorecard
#   BIN=.build/release/scorecard Scripts/record-assess-transcript.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${BIN:-$ROOT/.build/debug/scorecard}"
PLAN="SamplePlans/nl-deventer-rivierenwijk-wijkprogramma-adviesrecht-reactienota.md"
SESSION="scorecard-assess-$$"

command -v tmux >/dev/null || { echo "needs tmux (apt-get install tmux)" >&2; exit 1; }
[ -x "$BIN" ] || (cd "$ROOT" && swift build --product scorecard)

# A scratch folder that sees the sample plans under their usual relative path,
# so the transcript shows `SamplePlans/…` and the file lands in the scratch folder.
WORK="$(mktemp -d)"
trap 'tmux kill-session -t "$SESSION" 2>/dev/null || true; rm -rf "$WORK"' EXIT
ln -s "$ROOT/SamplePlans" "$WORK/SamplePlans"

tmux new-session -d -s "$SESSION" -x 100 -y 45 -c "$WORK" \
  "env -i HOME=\"$WORK\" PATH=\"$(dirname "$BIN"):/usr/bin:/bin\" TERM=xterm-256color \
   LANG=C.UTF-8 PS1='$ ' bash --noprofile --norc"

# Waits until TEXT has appeared COUNT times in the whole session (default once).
wait_for() {
  local text="$1" count="${2:-1}"
  for _ in $(seq 600); do
    local seen
    seen=$(tmux capture-pane -p -J -S - -t "$SESSION" | grep -cF -- "$text" || true)
    [ "$seen" -ge "$count" ] && return 0
    sleep 0.1
  done
  echo "timed out waiting for: $text" >&2
  exit 1
}

# Types a line and presses Enter.
type_line() {
  tmux send-keys -t "$SESSION" -l -- "$1"
  tmux send-keys -t "$SESSION" Enter
}

# Prints the screen from its last ──── rule on (wrapped lines joined), without
# the empty lines at the bottom.
screen() {
  echo "----- $1 -----"
  tmux capture-pane -p -J -t "$SESSION" \
    | awk '/^────/ { n = 0 } { lines[n++] = $0 } END { for (i = 0; i < n; i++) print lines[i] }' \
    | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}

wait_for '$ '
type_line "scorecard assess $PLAN --date 2026-05-01"
wait_for "Wat is je naam"
type_line "Fatima"
wait_for "Jouw oordeel (" 1
type_line ""                       # question 1: agree with the engine
wait_for "Opmerking" 1
type_line ""                       # no remark
wait_for "Jouw oordeel (" 2
type_line "7"                      # question 2: a level that does not exist
wait_for "Jouw oordeel (" 3
screen "question 2, after typing 7"
type_line "0"
wait_for "Opmerking" 2
type_line "Alleen advies; het college beslist."
for question in 3 4 5 6 7 8 9; do
  wait_for "Jouw oordeel (" $((question + 1))
  type_line ""
  wait_for "Opmerking" "$question"
  type_line ""
done
wait_for "[J/n]"
type_line "j"
wait_for "Bewaard in"
type_line 'echo "exit code: $?"'
wait_for "exit code:"
screen "summary and saving"
