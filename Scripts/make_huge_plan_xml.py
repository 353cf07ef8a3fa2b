#!/usr/bin/env python3
"""Writes one huge plan in the project's XML plan schema: every plan text in
CORPUS, COPIES times over, as one <sectie> of <alinea> elements, one per
non-blank line of text (the shape with the most elements per byte of text
the plan schema allows). With the 500 IMRO plans and COPIES=4 it is
233,699,554 bytes and 1,116,452 paragraphs: the file the README's "Memory of
one huge XML plan" is measured on.

Usage: make_huge_plan_xml.py CORPUS OUT.xml COPIES
"""
import os
import re
import sys
from xml.sax.saxutils import escape

corpus, out_path, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(f for f in os.listdir(corpus) if os.path.isfile(os.path.join(corpus, f)))
with open(out_path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<plan xmlns="https://participatie-scorecard.nl/plan/1" taal="nl">\n'
              "  <titel>Alle plannen</titel>\n  <sectie>\n")
    for _ in range(copies):
        for name in files:
            text = open(os.path.join(corpus, name), "rb").read().decode("utf-8", errors="replace")
            text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", text)
            for line in text.split("\n"):
                if line.strip():
                    out.write(f"<alinea>{escape(line.strip())}</alinea>\n")
    out.write("  </sectie>\n</plan>\n")
