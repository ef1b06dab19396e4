"""Benchmark the temporal tagger on TempEval-3 training data (TimeBank + AQUAINT, TimeML) and MEANTIME.

Usage: .venv/bin/python bench/timex.py [--limit N] [--data DIR] [--no-baseline] [--throughput N]
                                        [--errors dev|dev2] [--no-meantime]

Reports strict and relaxed (overlap) span P/R/F1 and value F1 for DATE and TIME
expressions, for caseboard's tagger and for dateparser.search_dates (RELATIVE_BASE
= DCT) over the same texts.  Documents whose file-name hash is even are the
development half ("dev"); of the odd ones, those whose hash has its second bit clear
("dev2") were opened for development in the third round and the rest stay held out
(``timex_data.split_of``); the whole odd half is printed too, for comparison with
earlier rounds.  ``--throughput N`` also times the
tagger on the first N Timeline17 news articles (folder name = publication date).
Prints a markdown snippet at the end.

The caseboard rows score the tagger's TimeML projection (``timeml_ranges=True``: a range's two
endpoints are two expressions, each with its own value, as TimeML annotates them and as the
TimeML export writes them); the row "ranges as one interval" scores the caseboard's own form,
where "from 1980 to 1988" is one expression valued ``1980/1988``.

Value F1 is reported twice.  "value F1" is strict: a gold expression counts only
when an overlapping prediction has exactly its value.  "range F1" additionally
credits an interval prediction ("from 1980 to 1988" -> ``1980/1988``, which the
tagger returns as one expression by design) for each gold part it overlaps whose
value is one of the interval's two endpoint values (TempEval tags the two years
separately).  Both are this bench's own, slightly lenient, form: any overlapping
prediction may supply the value.

"TE3 value F1" follows the official TempEval-3 toolkit (evaluate_entities.py):
gold and predicted expressions are aligned one to one by overlap (relaxed match);
value accuracy = aligned pairs with the same value / aligned pairs, and value F1 =
value accuracy x relaxed span F1.  It is printed for DATE+TIME (the issue's set:
gold and predictions of other types are left out) and for all TIMEX3 types
(DATE, TIME, DURATION, SET: what the official toolkit scores; AGE, which is not a
TimeML type, is left out), with type accuracy.  ``--errors dev|dev2`` prints that
split's misses and false positives grouped by category (see ``category``); the
held-out split's errors are only counted.

MEANTIME (120 WikiNews articles, CAT XML, read by ``timex_data.read_cat``) is a
second held-out set, scored the same way in the same run (on by default; it
takes a few seconds): it was never used to choose rules, and ``--errors`` does
not list its errors.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from caseboard.extract.timex import tag_timexes
from timex_data import Doc, Span, corpus_files, is_dev, read_cat, read_tml, split_of
from timex_errors import category, print_errors, summary
from timex_errors import line as _line

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
DATA = SHARED / "tempeval3-train"
NEWS = SHARED / "timeline17"
MEANTIME = SHARED / "meantime" / "intra-doc_annotation"
TYPES = ("DATE", "TIME")
ALL_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(slots=True)
class Counts:
    pred: int = 0
    gold: int = 0
    strict_p: int = 0
    strict_r: int = 0
    relaxed_p: int = 0
    relaxed_r: int = 0
    value_p: int = 0
    value_r: int = 0
    range_p: int = 0
    range_r: int = 0
    aligned: int = 0
    aligned_value: int = 0
    aligned_type: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


def caseboard_spans(doc: Doc) -> list[Span]:
    """The tagger's TimeML projection (what ``caseboard export --format timeml`` writes): a range's
    endpoints are two expressions, as TimeML annotates them."""
    found = tag_timexes(doc.text, doc.dct, timeml_ranges=True)
    return [Span(t.start, t.end, t.type, t.value) for t in found if t.type != "AGE"]


def interval_spans(doc: Doc) -> list[Span]:
    """The caseboard's own form: a range ("from 1980 to 1988") is one interval expression."""
    return [Span(t.start, t.end, t.type, t.value) for t in tag_timexes(doc.text, doc.dct) if t.type != "AGE"]


def dateparser_spans(doc: Doc) -> list[Span]:
    from dateparser.search import search_dates

    base = datetime.fromisoformat(doc.dct[:10]) if doc.dct else datetime(2000, 1, 1)
    found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    spans: list[Span] = []
    cursor = 0
    for surface, when in found:
        at = doc.text.find(surface, cursor)
        if at < 0:
            continue
        cursor = at + len(surface)
        spans.append(Span(at, cursor, "DATE", when.date().isoformat()))
    return spans


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def range_match(p: Span, g: Span) -> bool:
    """Exact value, or ``g`` is one endpoint of the interval ``p`` ("1980/1988" covers "1980")."""
    return p.value == g.value or ("/" in p.value and g.value in p.value.split("/"))


def align(gold: list[Span], pred: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one relaxed matches, as the TempEval-3 toolkit's id alignment: most overlap first."""
    pairs = sorted(
        ((min(g.end, p.end) - max(g.start, p.start), gi, pi) for gi, g in enumerate(gold)
         for pi, p in enumerate(pred) if overlaps(p, g)),
        reverse=True,
    )  # fmt: skip
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[Span, Span]] = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], pred[pi]))
    return out


def score_te3(counts: Counts, gold: list[Span], pred: list[Span]) -> None:
    for g, p in align(gold, pred):
        counts.aligned += 1
        counts.aligned_value += g.value == p.value
        counts.aligned_type += g.type == p.type


def score(counts: Counts, gold: list[Span], pred: list[Span], doc: Doc) -> None:
    score_te3(counts, gold, pred)
    counts.gold += len(gold)
    counts.pred += len(pred)
    for p in pred:
        near = [g for g in gold if overlaps(p, g)]
        counts.strict_p += any((p.start, p.end) == (g.start, g.end) for g in gold)
        counts.relaxed_p += bool(near)
        counts.value_p += any(p.value == g.value for g in near)
        counts.range_p += any(range_match(p, g) for g in near)
        if not near:
            counts.errors.append(("false positive", _line(doc, p, "-", p.value)))
    for g in gold:
        near = [p for p in pred if overlaps(p, g)]
        counts.strict_r += any((p.start, p.end) == (g.start, g.end) for p in pred)
        counts.relaxed_r += bool(near)
        hit = any(p.value == g.value for p in near)
        counts.value_r += hit
        counts.range_r += any(range_match(p, g) for p in near)
        if not hit:
            said = [p.value for p in near]
            counts.misses.append(f"{doc.name}\t{g.type}\t{g.value}\t{said}")
            counts.errors.append((category(doc, g, near), _line(doc, g, g.value, ",".join(said) or "-")))


def f1(hits_p: int, pred: int, hits_r: int, gold: int) -> tuple[float, float, float]:
    p = hits_p / pred if pred else 0.0
    r = hits_r / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def row(label: str, c: Counts) -> str:
    sp = f1(c.strict_p, c.pred, c.strict_r, c.gold)
    rp = f1(c.relaxed_p, c.pred, c.relaxed_r, c.gold)
    vp = f1(c.value_p, c.pred, c.value_r, c.gold)
    rg = f1(c.range_p, c.pred, c.range_r, c.gold)
    acc = c.aligned_value / c.aligned if c.aligned else 0.0
    typ = c.aligned_type / c.aligned if c.aligned else 0.0
    return (
        f"| {label} | {c.gold} | {c.pred} | {sp[0]:.3f} / {sp[1]:.3f} / {sp[2]:.3f} | "
        f"{rp[0]:.3f} / {rp[1]:.3f} / {rp[2]:.3f} | {vp[2]:.3f} | {rg[2]:.3f} | "
        f"{acc:.3f} | **{acc * rp[2]:.3f}** | {typ:.3f} | {c.seconds:.1f} |"
    )


def evaluate(docs: list[Doc], tagger, types: tuple[str, ...]) -> Counts:
    counts = Counts()
    for doc in docs:
        began = time.perf_counter()
        pred = [p for p in tagger(doc) if p.type in types]
        counts.seconds += time.perf_counter() - began
        score(counts, [g for g in doc.gold if g.type in types], pred, doc)
    return counts


def throughput(limit: int) -> str:
    """Articles per second of tag_timexes over real news articles (one core)."""
    paths = sorted(NEWS.glob("*/InputDocs/*/*.txt"))[:limit]
    texts = [(p.read_text("utf-8", errors="replace"), p.parent.name) for p in paths]
    began = time.perf_counter()
    found = sum(len(tag_timexes(text, dct)) for text, dct in texts)
    seconds = time.perf_counter() - began
    chars = sum(len(t) for t, _ in texts)
    return (
        f"Throughput: {len(texts)} Timeline17 articles ({chars / 1e6:.1f} M chars) in {seconds:.1f} s = "
        f"{len(texts) / seconds:.0f} articles/s on one core; {found} expressions."
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="use only the first N documents")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser (slow)")
    parser.add_argument("--throughput", type=int, default=0, help="also time N Timeline17 articles")
    parser.add_argument("--misses", type=Path, help="write value misses (gold not matched) to this file")
    parser.add_argument(
        "--errors", choices=["dev", "dev2"], help="print a development split's errors by category"
    )
    parser.add_argument("--meantime", type=Path, default=MEANTIME, help="MEANTIME CAT XML folder")
    parser.add_argument("--no-meantime", action="store_true", help="skip the MEANTIME held-out set")
    return parser.parse_args(argv)


HEADER = [
    "| system / split | gold | pred | strict P / R / F1 | relaxed P / R / F1 | value F1 | range F1 "
    "| TE3 value acc | TE3 value F1 | TE3 type acc | s |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
]


def tempeval_rows(halves: dict[str, list[Doc]], args: argparse.Namespace, notes: list[str]) -> list[str]:
    lines: list[str] = []
    for split, group in halves.items():
        ours = evaluate(group, caseboard_spans, TYPES)
        lines.append(row(f"caseboard, {split}", ours))
        if args.errors and split.split()[0] == args.errors:
            print_errors(ours.errors)
        if split.startswith("held-out"):
            notes.append(f"Held-out error counts (not inspected): {summary(ours.errors)}.")
        if split.startswith("dev2"):
            notes.append(f"dev2 error counts: {summary(ours.errors)}.")
        if split == "all":
            if args.misses:
                args.misses.write_text("\n".join(ours.misses) + "\n", "utf-8")
            for kind in TYPES:
                lines.append(row(f"caseboard, all, {kind} only", evaluate(group, caseboard_spans, (kind,))))
            interval = evaluate(group, interval_spans, TYPES)
            lines.append(row("caseboard, all, ranges as one interval", interval))
    for split, group in halves.items():
        lines.append(
            row(f"caseboard, {split}, all TIMEX3 types", evaluate(group, caseboard_spans, ALL_TYPES))
        )
    if not args.no_baseline:
        for split, group in halves.items():
            lines.append(row(f"dateparser.search_dates, {split}", evaluate(group, dateparser_spans, TYPES)))
    return lines


def meantime_rows(folder: Path, limit: int, baseline: bool, notes: list[str]) -> list[str]:
    """MEANTIME, never used for development: scores only (no error listing)."""
    paths = sorted(folder.glob("*/*.xml"))
    docs = [read_cat(p) for p in (paths[:limit] if limit else paths)]
    ours = evaluate(docs, caseboard_spans, TYPES)
    notes.append(f"MEANTIME error counts (not inspected): {summary(ours.errors)}.")
    lines = [
        "",
        f"MEANTIME (WikiNews, CAT XML), {len(docs)} documents, held out (never used to choose rules).",
        "",
        *HEADER,
        row("caseboard, MEANTIME, DATE+TIME", ours),
        row("caseboard, MEANTIME, all TIMEX3 types", evaluate(docs, caseboard_spans, ALL_TYPES)),
    ]
    if baseline:
        lines.append(
            row("dateparser.search_dates, MEANTIME, DATE+TIME", evaluate(docs, dateparser_spans, TYPES))
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    notes: list[str] = []
    paths = corpus_files(args.data)
    docs = [read_tml(p) for p in (paths[: args.limit] if args.limit else paths)]
    halves = {
        "dev (even hash)": [d for d in docs if is_dev(d.name)],
        "dev2 (odd, opened in round 3)": [d for d in docs if split_of(d.name) == "dev2"],
        "held-out (odd, never inspected)": [d for d in docs if split_of(d.name) == "held-out"],
        "odd half (dev2 + held-out)": [d for d in docs if not is_dev(d.name)],
        "all": docs,
    }
    lines = [
        f"TempEval-3 train (TimeBank+AQUAINT), {len(docs)} documents, DATE+TIME expressions unless noted.",
        "value F1 / range F1: this bench's any-overlap form; TE3: official toolkit convention (see --help).",
        "",
        *HEADER,
        *tempeval_rows(halves, args, notes),
    ]
    if not args.no_meantime:
        lines += meantime_rows(args.meantime, args.limit, not args.no_baseline, notes)
    lines += ["", *notes]
    if args.throughput:
        lines += ["", throughput(args.throughput)]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
