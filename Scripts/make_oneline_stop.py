#!/usr/bin/env python3
"""Writes a STOP-shaped XML delivery (AanleveringBesluit, BesluitCompact,
Hoofdstuk/Artikel/Lid/Al) built from the plan texts in CORPUS, of about
TARGET_MB megabytes, as one line (as many generated XML files are) and,
with --pretty, the same content with one element per line.

Usage: make_oneline_stop.py CORPUS OUT.xml TARGET_MB [--pretty]
"""
import os
import re
import sys
from xml.sax.saxutils import escape

corpus, out_path, target = sys.argv[1], sys.argv[2], int(float(sys.argv[3]) * 1_000_000)
pretty = "--pretty" in sys.argv[4:]
newline = "\n" if pretty else ""

def paragraphs():
    while True:
        for name in sorted(os.listdir(corpus)):
            path = os.path.join(corpus, name)
            if not os.path.isfile(path):
                continue
            text = open(path, "rb").read().decode("utf-8", errors="replace")
            text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", text)
            for part in re.split(r"\n\s*\n", text):
                part = " ".join(part.split())
                if part:
                    yield part

head = ('<?xml version="1.0" encoding="UTF-8"?>' + newline
        + '<AanleveringBesluit xmlns="https://standaarden.overheid.nl/lvbb/stop/aanlevering/" '
        'xmlns:data="https://standaarden.overheid.nl/stop/imop/data/" '
        'xmlns:tekst="https://standaarden.overheid.nl/stop/imop/tekst/" schemaversie="1.3.0">'
        + newline + "<BesluitVersie>" + newline + "<tekst:BesluitCompact>" + newline
        + "<tekst:RegelingOpschrift><tekst:Al>Omgevingsplan (benchmark)</tekst:Al>"
        "</tekst:RegelingOpschrift>" + newline + "<tekst:Lichaam>" + newline)
tail = ("</tekst:Lichaam>" + newline + "</tekst:BesluitCompact>" + newline + "</BesluitVersie>"
        + newline + "</AanleveringBesluit>\n")

size = len(head.encode()) + len(tail.encode())
chapter = article = 0
with open(out_path, "w", encoding="utf-8") as out:
    out.write(head)
    source = paragraphs()
    while size < target:
        chapter += 1
        parts = [f'<tekst:Hoofdstuk eId="chp_{chapter}"><tekst:Kop><tekst:Label>Hoofdstuk</tekst:Label>'
                 f"<tekst:Nummer>{chapter}</tekst:Nummer><tekst:Opschrift>{escape(next(source)[:80])}"
                 "</tekst:Opschrift></tekst:Kop>"]
        for _ in range(10):
            article += 1
            parts.append(f'<tekst:Artikel eId="art_{article}"><tekst:Kop><tekst:Label>Artikel</tekst:Label>'
                         f"<tekst:Nummer>{chapter}.{article}</tekst:Nummer></tekst:Kop>")
            for lid in range(1, 4):
                parts.append(f"<tekst:Lid><tekst:LidNummer>{lid}.</tekst:LidNummer>"
                             f"<tekst:Al>{escape(next(source))}</tekst:Al></tekst:Lid>")
            parts.append("</tekst:Artikel>")
        parts.append("</tekst:Hoofdstuk>")
        out.write(newline.join(parts) + newline)
        size += len("".join(parts).encode())  # the one-line size, so both forms hold the same text
    out.write(tail)
