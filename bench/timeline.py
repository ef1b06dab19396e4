"""Timeline17 date F1: the caseboard timeline's top dates against the journalists' gold dates.

    .venv/bin/python bench/timeline.py [--topics N] [--limit-docs N]

Per topic: the articles up to 40 kB (sampled evenly over the publication days when --limit-docs is set) are
written to a temporary JSONL with their folder date as ``published`` and built with caseboard into
a temporary database; then k = number of gold dates are taken from

- the timeline: day-precise event groups ranked by the number of sources stating them, weighted
  by type (statements count 0.2), ties broken by the number of mentions;
- timeline + undated: also events only known to precede their publication, on the publication
  day, at half weight;
- timeline, then most mentioned: the timeline's dates, then the baseline's dates it lacks;
- the baseline: the most frequently mentioned day-precise DATE expressions;

and each gets date F1 against the gold dates. Prints a markdown snippet for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from caseboard.api import Caseboard
from caseboard.config import load_config
from caseboard.extract.events_lexicon import TYPE_WEIGHT
from caseboard.extract.events_stage import events_stage
from caseboard.pipeline import reduce
from caseboard.store import Store
from caseboard.store import events as event_store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "bench" / "timeline17"
# The reduce stages the timeline needs; the bench skips the others (claims, ...) to save time.
TIMELINE_STAGES = [reduce.resolve_entities_stage, events_stage]
MAX_BYTES = 40_000  # longer files (a few whole-site dumps of 500 kB) are left out: minutes each to parse
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
UNTOKENIZE = [(r"-LRB-", "("), (r"-RRB-", ")"), (r"``|''", '"'), (r" ([.,;:!?%)'])", r"\1"), (r"\( ", "(")]


def gold_dates(topic: Path) -> set[str]:
    lines = (line.strip() for f in sorted((topic / "timelines").glob("*.txt")) for line in f.open())
    return {line for line in lines if DAY.match(line)}


def articles(topic: Path, limit: int | None) -> list[tuple[str, Path]]:
    found = sorted(
        (d.name, f)
        for d in (topic / "InputDocs").iterdir()
        if d.is_dir()
        for f in sorted(d.iterdir())
        if f.stat().st_size <= MAX_BYTES
    )
    if limit and len(found) > limit:
        step = len(found) / limit
        found = [found[int(i * step)] for i in range(limit)]
    return found


def untokenize(text: str) -> str:
    for pattern, repl in UNTOKENIZE:
        text = re.sub(pattern, repl, text)
    return text


def build_topic(items: list[tuple[str, Path]], db: Path) -> None:
    """Build the articles into ``db`` (unchanged articles are not processed again), then the events."""
    jsonl = db.with_suffix(".jsonl")
    with jsonl.open("w", encoding="utf-8") as out:
        for day, path in items:
            text = untokenize(path.read_text("utf-8", errors="replace"))
            out.write(json.dumps({"published": day, "text": text}) + "\n")
    cfg = load_config()
    Caseboard(db, cfg=cfg).build([str(jsonl)], prune=True)
    with Store(db) as store:
        for stage in TIMELINE_STAGES:
            stage(store, cfg)


def timeline_ranking(store: Store, *, undated: float = 0.0) -> list[str]:
    """Day-precise event groups by weighted number of sources; ``undated``: weight of events only
    known to precede their publication, counted on the publication day."""
    scores: Counter[str] = Counter()
    ties: Counter[str] = Counter()
    for group in event_store.iter_groups(store, dated_only=not undated):
        d = group.date
        if d.source == "publication" and d.latest is not None and DAY.match(d.latest):
            scores[d.latest] += undated * len(group.documents) * TYPE_WEIGHT.get(group.type, 1.0)
            continue
        if d.earliest is None or d.earliest != d.latest:
            continue
        scores[d.earliest] += len(group.documents) * TYPE_WEIGHT.get(group.type, 1.0)
        ties[d.earliest] += len(group.members)
    return sorted(scores, key=lambda day: (-scores[day], -ties[day], day))


def combined_ranking(store: Store) -> list[str]:
    """Days by weighted number of sources stating an event on them, plus the number of articles
    mentioning the day at all (so days the events missed still rank by how often they are cited)."""
    scores: Counter[str] = Counter()
    for group in event_store.iter_groups(store, dated_only=True):
        d = group.date
        if d.earliest is not None and d.earliest == d.latest:
            scores[d.earliest] += len(group.documents) * TYPE_WEIGHT.get(group.type, 1.0)
    citing: dict[str, set[str]] = {}
    for t in event_store.iter_timexes(store):
        if t.type == "DATE" and t.earliest is not None and t.earliest == t.latest:
            citing.setdefault(t.earliest, set()).add(t.doc)
    for day, docs in citing.items():
        scores[day] += len(docs)
    return sorted(scores, key=lambda day: (-scores[day], day))


def baseline_ranking(store: Store) -> list[str]:
    counts = Counter(
        t.earliest for t in event_store.iter_timexes(store)
        if t.type == "DATE" and t.earliest is not None and t.earliest == t.latest
    )  # fmt: skip
    return sorted(counts, key=lambda day: (-counts[day], day))


def filled_ranking(timeline: list[str], mentioned: list[str]) -> list[str]:
    """The timeline's dates first, then the most mentioned dates it does not have."""
    seen = set(timeline)
    return timeline + [day for day in mentioned if day not in seen]


def f1(ranked: list[str], gold: set[str]) -> float:
    top = ranked[: len(gold)]
    hits = len(set(top) & gold)
    if not hits:
        return 0.0
    precision, recall = hits / len(top), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, default=None, help="Only the first N topics.")
    parser.add_argument("--limit-docs", type=int, default=30, help="Articles per topic (0: all).")
    parser.add_argument("--cache", type=Path, default=None, help="Keep the topic databases here (reused).")
    args = parser.parse_args(argv)
    reduce.REDUCE_STAGES[:] = []  # run by build_topic: only TIMELINE_STAGES
    topics = sorted(p for p in DATA.iterdir() if p.is_dir())[: args.topics]
    rows, started = [], time.perf_counter()
    for topic in topics:
        items = articles(topic, args.limit_docs or None)
        gold = gold_dates(topic)
        with tempfile.TemporaryDirectory() as tmp:
            db = (args.cache or Path(tmp)) / f"{topic.name}.duckdb"
            build_topic(items, db)
            store = Store(db, read_only=True)
            ours, base = f1(timeline_ranking(store), gold), f1(baseline_ranking(store), gold)
            with_undated = f1(timeline_ranking(store, undated=0.5), gold)
            filled = f1(filled_ranking(timeline_ranking(store), baseline_ranking(store)), gold)
            combined = f1(combined_ranking(store), gold)
            store.close()
        rows.append((topic.name, len(items), len(gold), ours, base, with_undated, filled, combined))
        scores = f"timeline {ours:.3f} combined {combined:.3f} filled {filled:.3f} baseline {base:.3f}"
        print(f"{topic.name}: docs {len(items)} gold {len(gold)} {scores}", file=sys.stderr, flush=True)
    print_markdown(rows, args.limit_docs, time.perf_counter() - started)
    return 0


def print_markdown(rows: list[tuple], limit: int, seconds: float) -> None:
    print(f"### Timeline17 date F1 (`bench/timeline.py --limit-docs {limit}`, {seconds:.0f} s)\n")
    print("| topic | articles | gold dates | timeline | timeline + undated | timeline, then most mentioned "
          "| events + citing articles | most mentioned dates (baseline) |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, docs, gold, ours, base, undated, filled, combined in rows:
        print(
            f"| {name} | {docs} | {gold} | {ours:.3f} | {undated:.3f} | {filled:.3f} | {combined:.3f} "
            f"| {base:.3f} |"
        )
    if rows:
        means = [sum(r[i] for r in rows) / len(rows) for i in (3, 5, 6, 7, 4)]
        print("| **mean** | | | " + " | ".join(f"**{m:.3f}**" for m in means) + " |")


if __name__ == "__main__":
    sys.exit(main())
