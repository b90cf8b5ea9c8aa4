#!/usr/bin/env python3
"""Checks that every quote of the seed is in the source document it names, and writes the list
of checked quotes that SeedQuotesTest compares the seed with.

The source documents are not part of the repository (they name private individuals): run this
script where they are, each time a quote of the seed changes.

Usage: python3 graph-seed/src/test/python/verify_quotes.py SOURCES_DIR
  SOURCES_DIR: the folder of the five source texts (000_….txt to 004_….txt)
Writes graph-seed/src/test/resources/provenance/verified-quotes.tsv; exits 1, listing them, when
a quote is not found in its document (whitespace runs count as one space; "[…]" separates the
parts of a quote with a cut).
"""
import csv
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
SEED = os.path.join(MODULE, "src", "main", "resources", "seed", "clusterjura")
OUTPUT = os.path.join(MODULE, "src", "test", "resources", "provenance", "verified-quotes.tsv")
QUOTED = re.compile(r"(\d{3}_[0-9a-f]{16}\.txt)\s*:\s*«\s*(.*?)\s*»((?:\s*;\s*«\s*.*?\s*»)*)")
MORE = re.compile(r"«\s*(.*?)\s*»")


def spaces(text):
    return re.sub(r"\s+", " ", text).strip()


def quotes_of(path):
    """(file, quote) pairs of one seed CSV: provenance cells and the figures' quote column."""
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for match in QUOTED.finditer(row.get("provenance") or ""):
                yield match.group(1), spaces(match.group(2))
                for extra in MORE.finditer(match.group(3)):
                    yield match.group(1), spaces(extra.group(1))
            if row.get("source") and row.get("quote"):
                yield row["source"], spaces(row["quote"])


def main(sources):
    documents = {os.path.basename(p): spaces(open(p, encoding="utf-8").read())
                 for p in glob.glob(os.path.join(sources, "*.txt"))}
    checked, missing = set(), []
    for path in sorted(glob.glob(os.path.join(SEED, "*.csv"))):
        for document, quote in quotes_of(path):
            text = documents.get(document)
            parts = [p.strip() for p in quote.split("[…]") if p.strip()]
            if text is not None and parts and all(p in text for p in parts):
                checked.add((document, quote))
            else:
                missing.append(f"{os.path.basename(path)}: {document}: « {quote} »")
    if missing:
        print("not found in their document:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="") as out:
        out.write("document\tquote\n")
        for document, quote in sorted(checked):
            out.write(f"{document}\t{quote}\n")
    print(f"{len(checked)} quotes found in their documents: {OUTPUT}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
