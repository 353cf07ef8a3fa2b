"""Regenerates the expected values in this folder's JSON fixtures.

The Swift tests never run this script; they only read the JSON it writes.
It exists so anyone can check where each expected value came from:

    python3 -m venv /tmp/venv
    /tmp/venv/bin/pip install krippendorff scikit-learn
    /tmp/venv/bin/python generate_expected.py

Reliability data are written coders x units, with null for a missing value.
"""

import json
import random
import re
import warnings
from importlib.metadata import version
from pathlib import Path

import krippendorff
import numpy as np
from sklearn.metrics import cohen_kappa_score

HERE = Path(__file__).resolve().parent
ALPHA_SOURCE = f"krippendorff {version('krippendorff')} (PyPI), numpy {version('numpy')}"
KAPPA_SOURCE = f"scikit-learn {version('scikit-learn')} cohen_kappa_score(labels=categories)"
LEVELS = ["nominal", "ordinal", "interval"]

# Published to three decimals in Krippendorff, K. (2011), "Computing Krippendorff's
# Alpha-Reliability", Annenberg School for Communication Departmental Papers 43,
# https://repository.upenn.edu/asc_papers/43 (the worked example with missing values).
PUBLISHED_2011 = {
    "nominal": 0.743, "ordinal": 0.815, "interval": 0.849,
    "source": "Krippendorff (2011), Computing Krippendorff's Alpha-Reliability, "
              "https://repository.upenn.edu/asc_papers/43. Matrix cross-checked against the "
              "krippendorff package doctests (citing page 8 of that paper) and the R rel::kra "
              "example; nominal 0.743 and ordinal 0.815 also asserted in the tests of "
              "github.com/pln-fing-udelar/fast-krippendorff",
}


def alpha_or_none(coders, level, domain=None):
    """Krippendorff's alpha from the package, or None where it is undefined."""
    data = np.array([[np.nan if v is None else v for v in row] for row in coders], dtype=float)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = krippendorff.alpha(data, level_of_measurement=level, value_domain=domain)
    except ValueError as error:
        return None, str(error)
    return (None, "0/0 gives nan") if np.isnan(value) else (float(value), None)


def alpha_case(name, coders, note, domain=None, published=None):
    expected, undefined = {}, set()
    for level in LEVELS:
        value, reason = alpha_or_none(coders, level, domain)
        expected[level] = value
        if reason:
            undefined.add(reason)
    source = ALPHA_SOURCE
    if domain is not None:
        source += f", value_domain={domain}"
    if undefined:
        source += "; undefined there: " + "; ".join(sorted(undefined))
    case = {"name": name, "note": note, "source": source, "coders": coders, "expected": expected}
    if published is not None:
        case["published"] = published
    return case


def kappa_case(name, a, b, categories, note):
    labels = list(range(categories[0], categories[1] + 1))
    expected = {}
    for key, weights in [("none", None), ("linear", "linear"), ("quadratic", "quadratic")]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = cohen_kappa_score(a, b, labels=labels, weights=weights)
        expected[key] = None if np.isnan(value) else float(value)
    return {"name": name, "note": note, "source": KAPPA_SOURCE, "a": a, "b": b,
            "categories": list(categories), "expected": expected}


def random_coders(seed, coders, units, top, missing):
    """Seeded noisy codes around a per-unit true value, some missing."""
    rng = random.Random(seed)
    truth = [rng.randint(0, top) for _ in range(units)]
    rows = []
    for _ in range(coders):
        row = []
        for t in truth:
            if rng.random() < missing:
                row.append(None)
            else:
                row.append(min(top, max(0, t + rng.choice([-1, 0, 0, 0, 1]))))
        rows.append(row)
    return rows


def alpha_cases():
    n = None
    return [
        alpha_case("krippendorff-2011-example", [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
            [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
        ], "4 observers x 12 units from Krippendorff (2011), values 1-5, missing values",
            published=PUBLISHED_2011),
        alpha_case("wikipedia-three-coders", [
            [n, n, n, n, n, 3, 4, 1, 2, 1, 1, 3, 3, n, 3],
            [1, n, 2, 1, 3, 3, 4, 3, n, n, n, n, n, n, n],
            [n, n, 2, 1, 3, 4, 4, n, 2, 1, 1, 3, 3, n, 4],
        ], "3 coders x 15 units, the computational example of the Wikipedia article"),
        alpha_case("criteria-two-coders-missing", [
            [0, 1, 2, 2, 1, 0, n, 2, 1, 1, 0, 2],
            [0, 1, 2, 1, 1, 0, 1, 2, n, 2, 0, 2],
        ], "criterion levels 0-2, engine vs one human coder, one value missing each"),
        alpha_case("ladder-three-coders-missing", [
            [0, 2, 3, 5, 6, 1, 4, n, 2, 3],
            [1, 2, 3, 4, 6, 1, n, 5, 2, 2],
            [0, n, 4, 5, 5, 2, 4, 5, n, 3],
        ], "ladder rungs 0-6, three coders, some values missing"),
        alpha_case("perfect-agreement", [
            [0, 1, 2, 2, 0, 1],
            [0, 1, 2, 2, 0, 1],
            [0, 1, 2, 2, 0, 1],
        ], "every coder gives every unit the same value; values vary across units"),
        alpha_case("systematic-disagreement", [
            [0, 1, 2, 0, 1, 2, 0, 2],
            [2, 1, 0, 2, 1, 0, 2, 0],
        ], "the second coder reverses the scale of the first"),
        alpha_case("ladder-unused-rungs", [
            [0, 1, 5, 1, 0, 5, 1, 0],
            [0, 1, 5, 5, 1, 5, 1, 0],
        ], "rungs 0-6 allowed but only 0, 1 and 5 used; the full domain changes nothing",
            domain=list(range(7))),
        alpha_case("ladder-random-five-coders", random_coders(20240611, 5, 30, 6, 0.2),
                   "seeded noisy codes (random.Random(20240611)), 5 coders x 30 units, rungs "
                   "0-6, about 20% missing"),
        alpha_case("no-variation", [
            [1, 1, 1, 1],
            [1, 1, 1, n],
            [1, n, 1, 1],
        ], "everybody codes every unit 1: expected disagreement is 0, alpha undefined"),
        alpha_case("only-single-coded-units", [
            [0, n, 2, n],
            [n, 1, n, 2],
        ], "no unit has two values, so nothing is pairable; alpha undefined"),
        alpha_case("one-coder", [
            [0, 1, 2, 1, 0],
        ], "a single coder: nothing is pairable; alpha undefined"),
    ]


def kappa_cases():
    return [
        kappa_case("criteria-moderate",
                   [0, 1, 2, 2, 1, 0, 1, 2, 1, 1, 0, 2, 2, 1, 0],
                   [0, 1, 2, 1, 1, 0, 2, 2, 1, 2, 0, 2, 1, 1, 1],
                   (0, 2), "criterion levels 0-2, engine vs careful coder"),
        kappa_case("ladder-twenty-plans",
                   [0, 1, 2, 3, 4, 5, 6, 2, 3, 3, 1, 4, 5, 2, 0, 6, 3, 2, 4, 1],
                   [0, 2, 2, 3, 3, 5, 5, 1, 3, 4, 1, 4, 6, 2, 1, 6, 2, 2, 4, 0],
                   (0, 6), "ladder rungs 0-6, mostly within one rung"),
        kappa_case("perfect-agreement",
                   [0, 1, 2, 0, 1, 2], [0, 1, 2, 0, 1, 2], (0, 2), "identical codes"),
        kappa_case("systematic-disagreement",
                   [0, 1, 2, 0, 1, 2, 0, 2], [2, 1, 0, 2, 1, 0, 2, 0],
                   (0, 2), "the second coder reverses the scale"),
        kappa_case("ladder-unused-middle-rungs",
                   [0, 1, 5, 1, 0, 5, 1, 0, 5, 1], [0, 1, 5, 5, 1, 5, 1, 0, 1, 1],
                   (0, 6), "only rungs 0, 1, 5 used; weights must follow the 0-6 scale, "
                   "not the ranks of the used rungs"),
        kappa_case("criteria-top-level-unused",
                   [0, 1, 1, 0, 1, 0, 0, 1], [0, 1, 0, 0, 1, 1, 0, 1],
                   (0, 2), "level 2 is never used by either coder"),
        kappa_case("one-coder-constant",
                   [1, 1, 1, 1], [0, 1, 2, 1], (0, 2),
                   "one coder always says 1: agreement equals chance, kappa 0"),
        kappa_case("both-coders-constant",
                   [1, 1, 1, 1], [1, 1, 1, 1], (0, 2),
                   "both always say 1: chance agreement is 1, kappa undefined"),
    ]


def compact(text):
    """Puts arrays of numbers and nulls on one line so the matrices stay readable."""
    return re.sub(r"\[\s*((?:-?[0-9.]+|null)(?:,\s*(?:-?[0-9.]+|null))*)\s*\]",
                  lambda m: "[" + re.sub(r",\s*", ", ", m.group(1)) + "]", text)


def main():
    alpha = {
        "description": "Krippendorff's alpha reference values. coders: one array per coder "
                       "(coders x units), null = missing. expected: null = undefined.",
        "cases": alpha_cases(),
    }
    kappa = {
        "description": "Cohen's kappa reference values. categories: [lowest, highest] "
                       "(closed range). expected: null = undefined.",
        "cases": kappa_cases(),
    }
    for name, content in [("krippendorff-alpha.json", alpha), ("cohen-kappa.json", kappa)]:
        text = compact(json.dumps(content, indent=2))
        (HERE / name).write_text(text + "\n")


if __name__ == "__main__":
    main()
