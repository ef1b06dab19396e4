"""Score the temporal tagger on the hand-labelled Timeline17 sample (tests/fixtures/timex/news_sample.jsonl).

Usage: .venv/bin/python bench/timex_news.py [--sample 1|2] [--errors] [--no-baseline]

Why a second bench: the TempEval-3 splits have been tuned on for three rounds, so a wording they do
not show stays unseen. The sample is news nobody tuned on: 220 sentences drawn by a seeded random
sample from all 11 Timeline17 topics (``tests/fixtures/timex/sample_news.py``), labelled by hand
with TimeML TIMEX3 spans and values (the folder date is the DCT) before the tagger was run on them.
Each sentence is tagged alone, with its article's publication date as DCT, so a narrative reading
("two days later") has no anchor and takes TimeML's underspecified value, as labelled.

``--sample 2`` scores the second sample (``news_sample2.jsonl``: 198 sentences, another seed, drawn
from articles the first does not use), held apart while the first was developed on.

Rows: DATE+TIME (the issue's set) and all TIMEX3 types, for caseboard and for
dateparser.search_dates in the same run, with the metrics of bench/timex.py (strict and relaxed
span P/R/F1, TE3 value accuracy and value F1 = accuracy x relaxed F1). ``--errors`` lists the
DATE+TIME misses and false positives by class. The text is read from ../shared/bench (the fixture
holds only each sentence's article, line and labels).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from timex import ALL_TYPES, HEADER, TYPES, caseboard_spans, dateparser_spans, evaluate, row
from timex_data import Doc, Span
from timex_errors import print_errors, summary

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = {
    "1": ROOT / "tests" / "fixtures" / "timex" / "news_sample.jsonl",
    "2": ROOT / "tests" / "fixtures" / "timex" / "news_sample2.jsonl",
}
FIXTURE = FIXTURES["1"]
TIMELINE17 = ROOT.parent / "shared" / "bench" / "timeline17"


def sentence(doc: str, line: int) -> str:
    """The labelled sentence: one line of a Timeline17 article, without its trailing space."""
    return (TIMELINE17 / doc).read_text("utf-8", errors="replace").splitlines()[line].rstrip()


def load_sample(path: Path = FIXTURE) -> list[Doc]:
    """The sample as bench documents; a sentence whose text changed (checksum) is an error."""
    docs: list[Doc] = []
    for raw in path.read_text("utf-8").splitlines():
        if not raw.strip():
            continue
        item = json.loads(raw)
        text = sentence(item["doc"], item["line"])
        if hashlib.sha1(text.encode()).hexdigest()[:12] != item["sha1"]:
            raise ValueError(f"{item['doc']}:{item['line']} is not the sentence that was labelled")
        gold = [Span(t["start"], t["end"], t["type"], t["value"]) for t in item["timexes"]]
        docs.append(Doc(f"{item['doc']}:{item['line']}", text, item["dct"], gold))
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the DATE+TIME errors by class")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    parser.add_argument("--sample", choices=sorted(FIXTURES), default="1", help="which labelled sample")
    args = parser.parse_args(argv)
    docs = load_sample(FIXTURES[args.sample])
    ours = evaluate(docs, caseboard_spans, TYPES)
    timed = sum(bool(d.gold) for d in docs)
    lines = [
        f"Timeline17 sample {args.sample}, {len(docs)} sentences ({timed} with a time expression), "
        "hand-labelled TIMEX3.",
        "",
        *HEADER,
        row("caseboard, DATE+TIME", ours),
        row("caseboard, all TIMEX3 types", evaluate(docs, caseboard_spans, ALL_TYPES)),
    ]
    if not args.no_baseline:
        lines.append(row("dateparser.search_dates, DATE+TIME", evaluate(docs, dateparser_spans, TYPES)))
    lines += ["", f"Error counts: {summary(ours.errors)}."]
    if args.errors:
        print_errors(ours.errors)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
