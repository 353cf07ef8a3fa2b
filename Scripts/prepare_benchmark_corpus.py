#!/usr/bin/env python3
"""Prepares the benchmark corpus: COPIES copies of the plan texts, the same
texts wrapped in the project's XML plan schema, and the rubric's indicator
phrases as ripgrep regular expressions (one per line)."""
import json
import os
import re
import sys
import unicodedata
from xml.sax.saxutils import escape

corpus, work, copies, rubric_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
text_dir, xml_dir = os.path.join(work, "text"), os.path.join(work, "xml")
files = sorted(f for f in os.listdir(corpus) if os.path.isfile(os.path.join(corpus, f)))

def ready(folder):
    return os.path.isdir(folder) and sum(len(fs) for _, _, fs in os.walk(folder)) == len(files) * copies

if not ready(text_dir) or not ready(xml_dir):
    for copy in range(copies):
        t = os.path.join(text_dir, f"copy{copy}")
        x = os.path.join(xml_dir, f"copy{copy}")
        os.makedirs(t, exist_ok=True)
        os.makedirs(x, exist_ok=True)
        for name in files:
            raw = open(os.path.join(corpus, name), "rb").read()
            open(os.path.join(t, name), "wb").write(raw)
            text = raw.decode("utf-8", errors="replace")
            text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", text)
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
            body = "\n".join(
                f"    <kop>{escape(p.lstrip('#').strip())}</kop>" if p.startswith("#")
                else f"    <alinea>{escape(p)}</alinea>" for p in paragraphs)
            xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<plan xmlns="https://participatie-scorecard.nl/plan/1" taal="nl">\n'
                   f"  <titel>{escape(name)}</titel>\n  <sectie>\n{body}\n  </sectie>\n</plan>\n")
            open(os.path.join(x, os.path.splitext(name)[0] + ".xml"), "w", encoding="utf-8").write(xml)

rubric = json.load(open(rubric_path, encoding="utf-8"))
patterns = set()
def ascii_regex(word):
    """rg runs with --no-unicode, where a literal non-ASCII character is an
    error: write each one as its base letter or its UTF-8 bytes, so that
    "coöperatie" matches both spellings, as the engine's folding does."""
    out = []
    for char in word:
        if ord(char) < 128:
            out.append(re.escape(char))
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if ord(c) < 128)
        raw = "".join(f"\\x{b:02X}" for b in char.encode("utf-8"))
        out.append(f"(?:{re.escape(base)}|{raw})" if base else raw)
    return "".join(out)
def add(phrase):
    words = [w for w in re.split(r"[\s\-/]+", phrase.strip()) if w]
    if not words:
        return
    parts = []
    for word in words:
        core = ascii_regex(word.strip("*"))
        parts.append((r"\w*" if word.startswith("*") else r"\b") + core + (r"\w*" if word.endswith("*") else r"\w*"))
    patterns.add(r"\s+".join(parts))
for group in rubric.get("groups", []):
    for indicators in group.get("indicators", {}).values():
        for indicator in indicators:
            if isinstance(indicator, str):
                add(indicator)
            else:
                add(indicator["phrase"])
                if "near" in indicator:
                    add(indicator["near"])
for lists in rubric.get("context", {}).values():
    if isinstance(lists, dict):
        for phrases in lists.values():
            if isinstance(phrases, list):
                for phrase in phrases:
                    add(phrase)
with open(os.path.join(work, "phrases.txt"), "w", encoding="utf-8") as out:
    out.write("\n".join(sorted(patterns)) + "\n")
