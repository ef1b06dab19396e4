"""Benchmark of flattened-text cleaning (caseboard.clean.text) against line labels.

Run: /work/main/.venv/bin/python bench/clean_text.py [--timeline17 N]

Per labelled file and overall: noise-removal recall (share of noise/title/byline lines
left out of the body), body-kept recall (share of body lines kept in the body) and
caption accuracy (share of caption lines found as captions), beside the baseline
"keep every line of >= 40 characters" in the same run.  Also, unlabelled: the share of
lines kept, and of lines removed other than as exact duplicates, on N sentence-per-line
timeline17 articles (mostly prose; some pages carry reader comments printed many times),
and the cleaner's throughput.  Prints a table, then a
markdown snippet for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from caseboard.clean.lines import split_lines
from caseboard.clean.text import clean_text
from caseboard.clean.text_eval import Scores, baseline_labels, evaluate, labelled_files, read_raw
from caseboard.config import load_config

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "clean_text"
SEEDS = ROOT / "examples" / "soleimani"
TIMELINE17 = ROOT.parent / "shared" / "bench" / "timeline17"


def fmt(scores: Scores) -> list[str]:
    return [f"{scores.noise_recall:.3f}", f"{scores.body_recall:.3f}", f"{scores.caption_accuracy:.3f}"]


def labelled_rows(cfg) -> tuple[list[list[str]], dict[str, tuple[Scores, Scores]]]:
    rows: list[list[str]] = []
    groups = {"fixtures": (Scores(), Scores()), "seeds": (Scores(), Scores()), "all": (Scores(), Scores())}
    for name, text, labels in labelled_files(FIXTURES, SEEDS):
        ours, base = evaluate(text, labels, cfg), evaluate(text, labels, cfg, baseline_labels)
        group = "seeds" if name[:3].isdigit() else "fixtures"
        for key in (group, "all"):
            groups[key][0].add(ours)
            groups[key][1].add(base)
        counts = f"{ours.noise}/{ours.body}/{ours.captions}"
        rows.append([name, counts, *fmt(ours), *fmt(base)])
    return rows, groups


def timeline_check(cfg, limit: int) -> tuple[int, int, int, int, float]:
    """(documents, lines, kept, removed not as duplicates, seconds) on ``limit`` timeline17 articles."""
    paths = sorted(TIMELINE17.glob("*/InputDocs/*/*.txt"))[:limit]
    docs = lines = kept = other = 0
    seconds = 0.0
    for path in paths:
        raw = read_raw(path)
        start = time.perf_counter()
        doc = clean_text(raw, cfg)
        seconds += time.perf_counter() - start
        docs += 1
        lines += len(split_lines(raw.text))
        kept += len(doc.segments)
        other += sum(r.reason != "duplicate" for r in doc.removed)
    return docs, lines, kept, other, seconds


def throughput(cfg, rounds: int = 20) -> tuple[float, float]:
    """(documents per second, MB per second) over the labelled files, ``rounds`` times."""
    raws = [read_raw(text) for _, text, _ in labelled_files(FIXTURES, SEEDS)]
    size = sum(len(r.text.encode("utf-8")) for r in raws) * rounds
    start = time.perf_counter()
    for _ in range(rounds):
        for raw in raws:
            clean_text(raw, cfg)
    elapsed = time.perf_counter() - start
    return len(raws) * rounds / elapsed, size / elapsed / 1e6


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeline17", type=int, default=300, help="articles of timeline17 to run (0: none)")
    args = parser.parse_args()
    cfg = load_config().clean
    rows, groups = labelled_rows(cfg)
    header = ["file", "noise/body/caption lines", "noise rec.", "body rec.", "caption acc."]
    header += ["base noise", "base body", "base caption"]
    for key, (ours, base) in groups.items():
        rows.append([f"**{key}**", f"{ours.noise}/{ours.body}/{ours.captions}", *fmt(ours), *fmt(base)])
    print(table(header, rows))
    docs_s, mb_s = throughput(cfg)
    print(f"\nthroughput on the labelled files: {docs_s:.0f} documents/s, {mb_s:.2f} MB/s")
    extra = ""
    if args.timeline17 and TIMELINE17.exists():
        docs, lines, kept, other, secs = timeline_check(cfg, args.timeline17)
        extra = (
            f"- timeline17, first {docs} articles (unlabelled, one sentence a line): {kept / lines:.3f} "
            f"of {lines} lines kept, {other / lines:.3f} removed other than as duplicates; "
            f"{docs / secs:.0f} documents/s\n"
        )
        print(extra.strip())
    ours, base = groups["all"]
    print("\n--- markdown for docs/benchmarks.md ---\n")
    print("## Flattened-text cleaning (`caseboard.clean.text`)\n")
    print("Command: `.venv/bin/python bench/clean_text.py`. Labels: `tests/fixtures/clean_text/` ")
    print("(one label per non-blank line). Baseline: keep every line of >= 40 characters.\n")
    print(table(["set", *header[1:]], rows[-3:]))
    print(
        f"\n- targets: noise recall >= 0.95 (got {ours.noise_recall:.3f}), "
        f"body recall >= 0.99 (got {ours.body_recall:.3f})"
    )
    print(f"- throughput: {docs_s:.0f} documents/s ({mb_s:.2f} MB/s) on one core")
    print(extra, end="")


if __name__ == "__main__":
    main()
