#!/usr/bin/env python3
"""Lists the words of a corpus that share a Snowball stem with a rubric's phrases.

A plain indicator word matches every word with the same stem (see
docs/rubric-format.md), and Snowball gives some everyday words the stem of an
indicator: "gelegen" (situated) that of "gelegenheid" (opportunity), "reeds"
(already) that of "reden" (reason), "middels" (by means of) that of "middelen"
(means). For each one-word plain indicator of a language, this prints the
corpus words with its stem that do not start with the indicator itself, most
frequent first, so a rubric editor sees where a phrase fires besides its own
forms. Write such a phrase with a wildcard instead (`gelegenheid*`,
`*middelen`, `reden*`), which matches the folded word, not the stem.

Usage:
  Scripts/stem-siblings.py [RUBRIC] [CORPUS] [LANGUAGE]
      defaults: Rubrics/lsa-participatie.json, ../shared/corpus/imro, nl

Needs libstemmer (libstemmer-dev, which `make deps` installs).
"""
import collections
import ctypes
import ctypes.util
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALGORITHMS = {"nl": b"dutch", "en": b"english"}


def stemmer(language):
    path = ctypes.util.find_library("stemmer") or "libstemmer.so.0d"
    lib = ctypes.CDLL(path)
    lib.sb_stemmer_new.restype = ctypes.c_void_p
    lib.sb_stemmer_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    lib.sb_stemmer_stem.restype = ctypes.POINTER(ctypes.c_ubyte)
    lib.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.sb_stemmer_length.argtypes = [ctypes.c_void_p]
    handle = lib.sb_stemmer_new(ALGORITHMS[language], b"UTF_8")
    cache = {}

    def stem(word):
        if word not in cache:
            data = word.encode("utf-8")
            result = lib.sb_stemmer_stem(handle, data, len(data))
            cache[word] = bytes(result[: lib.sb_stemmer_length(handle)]).decode("utf-8")
        return cache[word]

    return stem


def fold(word):
    """Lower case without diacritics, as the engine folds words."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def main():
    rubric_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Rubrics", "lsa-participatie.json")
    corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(ROOT), "shared", "corpus", "imro")
    language = sys.argv[3] if len(sys.argv) > 3 else "nl"
    if not os.path.isdir(corpus):
        sys.exit(f"{corpus} is absent: give a folder of plan texts")
    stem = stemmer(language)
    words = collections.Counter()
    for name in sorted(os.listdir(corpus)):
        with open(os.path.join(corpus, name), encoding="utf-8", errors="replace") as file:
            words.update(fold(w) for w in re.findall(r"[^\W\d_]+", file.read()))
    by_stem = collections.defaultdict(list)
    for word, count in words.items():
        by_stem[stem(word)].append((count, word))
    with open(rubric_path, encoding="utf-8") as file:
        rubric = json.load(file)
    seen = set()
    for group in rubric["groups"]:
        for indicator in group["indicators"].get(language, []):
            phrases = [indicator] if isinstance(indicator, str) else [indicator["phrase"], indicator.get("near")]
            for phrase in phrases:
                if not phrase or " " in phrase or "*" in phrase or (group["id"], phrase) in seen:
                    continue
                seen.add((group["id"], phrase))
                own = fold(phrase)
                siblings = sorted(
                    (pair for pair in by_stem.get(stem(own), []) if not pair[1].startswith(own)), reverse=True)
                if siblings:
                    listed = ", ".join(f"{word} {count}" for count, word in siblings[:6])
                    print(f"{group['id']}\t{phrase}\t{listed}")


if __name__ == "__main__":
    main()
