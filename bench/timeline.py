"""Timeline17 date F1: the caseboard timeline's top dates against the journalists' gold dates.

    .venv/bin/python bench/timeline.py [--topics N] [--limit-docs N] [--cache DIR] [--reuse]

Per topic: the articles up to 40 kB (sampled evenly over the documents, in publication order, when
--limit-docs is set) are written to a JSONL with their folder date as ``published`` and built with
caseboard into a database kept under --cache (default ``bench/out/timeline17-<limit>/``, git-ignored;
an unchanged article is not processed again; ``--reuse`` skips the build and entity resolution of an
existing database and reruns only the events stage). Then k = number of gold dates are taken from

- timeline: what ``caseboard timeline --top N`` shows, entries by salience
  (``caseboard.query.timeline.ranked``: weighted sources stating the event, plus, for the best entry
  of each day, the other articles reporting that day - a chronology's share - and the later
  publication days looking back on it, more than 3 days and at most a year after it; a day the
  articles name with no event of its own is a ``reported`` entry quoting them, ``planned`` and ranked
  last when only articles published before it name it), as day-precise dates in rank order;
- timeline --all: the same with statements ("X said on Monday") listed;
- events only: the timeline ranked by its entries alone (no date support);
- citing articles: days by the number of distinct articles mentioning them (no events);
- the baseline: the most frequently mentioned day-precise DATE expressions;

and each gets date F1 against the gold dates. "ceiling" is the best F1 any ranking of the days the
articles name could get (every named gold day first): what the day-level signals can reach at all.
Topics are split by their sorted position into a development half (even) and a held-out half (odd),
reported separately. Prints a markdown snippet.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from caseboard.api import Caseboard
from caseboard.config import load_config
from caseboard.extract.events_lexicon import STATEMENT
from caseboard.extract.events_stage import events_stage
from caseboard.pipeline import reduce
from caseboard.query.timeline import TimelineEntry, ranked, timeline
from caseboard.query.timeline_support import date_support
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


def build_topic(items: list[tuple[str, Path]], db: Path, *, reuse: bool = False) -> None:
    """Build the articles into ``db`` (unchanged articles are not processed again), then the events;
    ``reuse``: an existing ``db`` only gets the events stage again."""
    cfg = load_config()
    if reuse and db.exists():
        with Store(db) as store:
            events_stage(store, cfg)
        return
    jsonl = db.with_suffix(".jsonl")
    with jsonl.open("w", encoding="utf-8") as out:
        for day, path in items:
            text = untokenize(path.read_text("utf-8", errors="replace"))
            out.write(json.dumps({"published": day, "text": text}) + "\n")
    Caseboard(db, cfg=cfg).build([str(jsonl)], prune=True)
    with Store(db) as store:
        for stage in TIMELINE_STAGES:
            stage(store, cfg)


def entry_days(entries: list[TimelineEntry]) -> list[str]:
    """The day-precise dates of ranked entries, each once, in rank order."""
    days = (e.earliest for e in entries if e.earliest is not None and e.earliest == e.latest)
    return list(dict.fromkeys(days))


def day_mentions(store: Store) -> list[tuple[str, str]]:
    """(day, document) of every DATE expression of exactly one day."""
    return [
        (t.earliest, t.doc) for t in event_store.iter_timexes(store)
        if t.type == "DATE" and t.earliest is not None and t.earliest == t.latest
    ]  # fmt: skip


def citing_ranking(days: list[tuple[str, str]]) -> list[str]:
    """Days by the number of distinct articles mentioning them (no events)."""
    citing: dict[str, set[str]] = {}
    for day, doc in days:
        citing.setdefault(day, set()).add(doc)
    return sorted(citing, key=lambda day: (-len(citing[day]), day))


def baseline_ranking(days: list[tuple[str, str]]) -> list[str]:
    counts = Counter(day for day, _ in days)
    return sorted(counts, key=lambda day: (-counts[day], day))


def f1(days: list[str], gold: set[str]) -> float:
    top = days[: len(gold)]
    hits = len(set(top) & gold)
    if not hits:
        return 0.0
    precision, recall = hits / len(top), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


RANKINGS = (
    "timeline", "timeline --all", "events only", "citing articles", "most mentioned (baseline)", "ceiling",
)  # fmt: skip


def score_topic(store: Store, gold: set[str]) -> list[float]:
    """Date F1 of each ranking of RANKINGS, in that order."""
    # timeline: what ``caseboard timeline --top N`` shows (entries by salience, with the documents
    # citing each date); each store read once for all rankings (the default timeline is --all's
    # without its statements)
    everything = timeline(store, include_statements=True)
    entries = [e for e in everything if e.type != STATEMENT]
    support, days = date_support(store), day_mentions(store)
    rankings = [
        entry_days(ranked(entries, support)),
        entry_days(ranked(everything, support)),
        entry_days(ranked(entries)),
        citing_ranking(days),
        baseline_ranking(days),
        ceiling_ranking(days, gold),
    ]
    return [f1(r, gold) for r in rankings]


def ceiling_ranking(days: list[tuple[str, str]], gold: set[str]) -> list[str]:
    """Every named day, the gold ones first: the most a ranking of the named days can score."""
    named = sorted({day for day, _ in days})
    return sorted(named, key=lambda day: day not in gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, default=None, help="Only the first N topics.")
    parser.add_argument("--limit-docs", type=int, default=30, help="Articles per topic (0: all).")
    parser.add_argument("--cache", type=Path, default=None, help="Topic databases (default bench/out/...).")
    parser.add_argument("--reuse", action="store_true", help="Existing databases: rerun the events only.")
    args = parser.parse_args(argv)
    reduce.REDUCE_STAGES[:] = []  # run by build_topic: only TIMELINE_STAGES
    cache = args.cache or ROOT / "bench" / "out" / f"timeline17-{args.limit_docs}"
    cache.mkdir(parents=True, exist_ok=True)
    topics = sorted(p for p in DATA.iterdir() if p.is_dir())[: args.topics]
    rows, started = [], time.perf_counter()
    for topic in topics:
        items = articles(topic, args.limit_docs or None)
        gold = gold_dates(topic)
        db = cache / f"{topic.name}.duckdb"
        build_topic(items, db, reuse=args.reuse)
        with Store(db, read_only=True) as store:
            scores = score_topic(store, gold)
        rows.append((topic.name, len(items), len(gold), scores))
        shown = " ".join(f"{name} {v:.3f}" for name, v in zip(RANKINGS, scores, strict=True))
        print(f"{topic.name}: docs {len(items)} gold {len(gold)} {shown}", file=sys.stderr, flush=True)
    print_markdown(rows, args.limit_docs, time.perf_counter() - started)
    return 0


def print_markdown(rows: list[tuple], limit: int, seconds: float) -> None:
    print(f"### Timeline17 date F1 (`bench/timeline.py --limit-docs {limit}`, {seconds:.0f} s)\n")
    print("| topic | articles | gold dates | " + " | ".join(RANKINGS) + " |")
    print("|---|---:|---:|" + "---:|" * len(RANKINGS))
    for name, docs, gold, scores in rows:
        print(f"| {name} | {docs} | {gold} | " + " | ".join(f"{v:.3f}" for v in scores) + " |")
    halves = [("development (even)", rows[0::2]), ("held-out (odd)", rows[1::2]), ("**mean**", rows)]
    for label, part in halves:
        if part:
            means = [sum(r[3][i] for r in part) / len(part) for i in range(len(RANKINGS))]
            print(f"| {label} | | | " + " | ".join(f"{m:.3f}" for m in means) + " |")


if __name__ == "__main__":
    sys.exit(main())
