#!/usr/bin/env python3
"""Draws the evidence-precision sample and lists the quotes to judge.

The sample (see ../shared/corpus/PRECISION.md) is fixed: 30 files of
../shared/corpus/imro drawn with the seed below, plus the held-out check part
of the labelled set (docs/calibration-split.tsv). For each plan it takes the
rung's quote, then each criterion at level 2, then at level 1: the first
(deciding) quote of each, at most 6 per plan.

Usage:
  Scripts/precision-sample.py list [SCORECARD] > /tmp/sample.tsv
      the quotes to judge (kept out of the project: they are the corpus's text)
  Scripts/precision-sample.py figures [SCORECARD]
      precision of the current engine's quotes against docs/precision/judgements.tsv
  Scripts/precision-sample.py combine JUDGE_A.tsv JUDGE_B.tsv > docs/precision/judgements.tsv
      two independent judges' verdicts: their agreement (on stderr), and one
      verdict per quote, the stricter of the two where they differ

Judgements are kept by plan, item, level, line and the SHA-256 of the quote
(its first 16 hex digits), never by the quote's text. A quote that changed
since it was judged shows as unjudged.
"""
import hashlib
import json
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
SEED = 20261207
IMRO_SAMPLE = 30
PER_PLAN = 6


def sample_files():
    imro = sorted(os.listdir(os.path.join(CORPUS, "imro")))
    drawn = random.Random(SEED).sample(imro, IMRO_SAMPLE)
    files = [os.path.join("imro", name) for name in sorted(drawn)]
    with open(os.path.join(ROOT, "docs", "calibration-split.tsv"), encoding="utf-8") as split:
        for line in split:
            if line.startswith("#"):
                continue
            name, part = line.rstrip("\n").split("\t")
            if part == "check":
                files.append(os.path.join("labeled", name))
    return files


def clean(text):
    return " ".join(text.split()).replace("\t", " ")


def items(card):
    found = []
    proof = card["ladder"].get("evidence")
    if card["ladder"]["rung"] >= 1 and proof:
        found.append(("rung", card["ladder"]["rung"], proof))
    for level in (2, 1):
        for criterion in card["criteria"]:
            if criterion.get("level") == level and criterion["evidence"]:
                found.append((criterion["id"], level, criterion["evidence"][0]))
    return found[:PER_PLAN]


def quote_hash(quote):
    return hashlib.sha256(clean(quote).encode("utf-8")).hexdigest()[:16]


def sample(scorecard):
    for relative in sample_files():
        path = os.path.join(CORPUS, relative)
        result = subprocess.run([scorecard, "score", "--format", "json", path], capture_output=True, text=True)
        if result.returncode != 0:
            continue
        card = json.loads(result.stdout)
        for item, level, evidence in items(card):
            yield relative, item, level, evidence


def figures(scorecard):
    judged = {}
    with open(os.path.join(ROOT, "docs", "precision", "judgements.tsv"), encoding="utf-8") as file:
        for line in file:
            if line.startswith("#") or line.startswith("plan\t"):
                continue
            plan, item, level, _line, digest, verdict, reason = line.rstrip("\n").split("\t")[:7]
            judged[(plan, item, level, digest)] = (verdict, reason)
    parts = {"imro": "IMRO plans", "labeled": "check documents"}
    counts = {part: {"supports": 0, "weaker": 0, "wrong": 0, "unjudged": 0} for part in parts}
    reasons = {}
    plans = set()
    for plan, item, level, evidence in sample(scorecard):
        plans.add(plan)
        part = counts[plan.split("/")[0]]
        verdict = judged.get((plan, item, str(level), quote_hash(evidence["quote"])))
        if verdict is None:
            part["unjudged"] += 1
            continue
        part[verdict[0]] += 1
        if verdict[0] == "wrong":
            reasons[verdict[1]] = reasons.get(verdict[1], 0) + 1
    counts["all"] = {key: sum(part[key] for part in counts.values()) for key in counts["imro"]}
    parts["all"] = "all"
    everything = counts["all"]
    total = everything["supports"] + everything["weaker"] + everything["wrong"]
    print(f"plans: {len(plans)}; quotes judged: {total}; unjudged: {everything['unjudged']}")
    if total:
        print(f"precision (strict): {everything['supports'] / total:.0%} ({everything['supports']}/{total})")
        print(f"precision (lenient): {(everything['supports'] + everything['weaker']) / total:.0%}")
        print("wrong by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())) if reasons else "wrong: none")
    print()
    print("| | supports | weaker | wrong | precision (strict) | (lenient) |")
    print("|---|---|---|---|---|---|")
    for key, name in parts.items():
        part = counts[key]
        judged_here = part["supports"] + part["weaker"] + part["wrong"]
        if not judged_here:
            continue
        strict = part["supports"] / judged_here
        lenient = (part["supports"] + part["weaker"]) / judged_here
        print(f"| {name} | {part['supports']} | {part['weaker']} | {part['wrong']} | {strict:.0%} | {lenient:.0%} |")


def read_verdicts(path):
    rows = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("plan\t") or len(fields) < 7:
                continue
            rows.append(fields)
    return rows


def combine(path_a, path_b):
    order = {"wrong": 0, "weaker": 1, "supports": 2}
    second = {tuple(row[:5]): row for row in read_verdicts(path_b)}
    agree = both = 0
    print("plan\titem\tlevel\tline\tquote_sha\tverdict\treason\tjudges")
    for row in read_verdicts(path_a):
        other = second.get(tuple(row[:5]))
        if other is None or row[5] not in order or other[5] not in order:
            continue
        both += 1
        if row[5] == other[5]:
            agree += 1
            chosen, judges = row, f"{row[5]}/{other[5]}"
        else:
            chosen = row if order[row[5]] <= order[other[5]] else other
            judges = f"{row[5]}/{other[5]}"
        reason = chosen[6] if chosen[5] == "wrong" else "-"
        print("\t".join(row[:5] + [chosen[5], reason, judges]))
    if both:
        print(f"judged by both: {both}; same verdict: {agree} ({agree / both:.0%})", file=sys.stderr)


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "figures"
    if mode == "combine":
        combine(sys.argv[2], sys.argv[3])
        return
    scorecard = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, ".build", "debug", "scorecard")
    if not os.path.isdir(CORPUS):
        sys.exit("../shared/corpus is absent: the precision sample cannot be drawn")
    if mode == "list":
        print("plan\titem\tlevel\tline\tquote_sha\tsection\tquote")
        for plan, item, level, evidence in sample(scorecard):
            section = " > ".join(evidence.get("heading_path", [])[-2:])
            print(f"{plan}\t{item}\t{level}\t{evidence['line']}\t{quote_hash(evidence['quote'])}\t{clean(section)}\t{clean(evidence['quote'])}")
    elif mode == "figures":
        figures(scorecard)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
