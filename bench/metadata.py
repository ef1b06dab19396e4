"""Document metadata on a corpus nobody tuned for: outlets and publication dates on Timeline17.

    .venv/bin/python bench/metadata.py [--files N]

Timeline17 files sit in ``InputDocs/YYYY-MM-DD/`` folders named by their publication day, which
gives a check for the chosen publication date. An evenly spaced share of each topic's files is
cleaned (no spaCy); the bench prints the share with an outlet, the share of outlets that look like
junk (no capital letter, or a lowercase first word: "the air", "has expired"), the share dated, the
share whose date is the folder's day, and where the dates were read (``published_source``).
The seeds are listed beside, with their outlet and date.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from caseboard.clean import clean_document
from caseboard.config import Config, load_config
from caseboard.ingest.readers import read_plain
from caseboard.records import Metadata, RawDocument

ROOT = Path(__file__).resolve().parents[1]
TIMELINE17 = ROOT.parent / "shared" / "bench" / "timeline17"
SEEDS = ROOT.parent / "shared" / "seeds"


@dataclass(slots=True)
class Row:
    path: str
    folder: str
    meta: Metadata


def sample(files: int) -> list[Path]:
    topics = sorted(p for p in TIMELINE17.iterdir() if p.is_dir())
    per = max(1, files // len(topics))
    picked: list[Path] = []
    for topic in topics:
        found = sorted(topic.glob("InputDocs/*/*.txt"))
        picked += found[:: max(1, len(found) // per)][:per]
    return picked


def metadata(path: Path, cfg: Config) -> Metadata | None:
    raw = next((r for r in read_plain(str(path), "text", cfg.ingest) if isinstance(r, RawDocument)), None)
    return clean_document(raw, cfg.clean).meta if raw is not None else None


def looks_like_junk(outlet: str) -> bool:
    return not any(c.isupper() for c in outlet) or outlet.split()[0].islower()


def report(rows: list[Row]) -> None:
    n = len(rows)
    outlets = [r.meta.outlet for r in rows if r.meta.outlet]
    junk = [o for o in outlets if looks_like_junk(o)]
    dated = [r for r in rows if r.meta.published]
    same_day = [r for r in dated if r.meta.published == r.folder]
    wrong_year = [r for r in dated if r.meta.published[:4] != r.folder[:4]]
    print(f"### Timeline17 metadata ({n} readable files)\n")
    print("| figure | value |\n|---|---|")
    print(f"| with an outlet | {len(outlets)} ({len(outlets) / n:.1%}) |")
    print(f"| outlets that look like junk | {len(junk)} of {len(outlets)} |")
    print(f"| dated | {len(dated)} ({len(dated) / n:.1%}) |")
    print(f"| date = folder day | {len(same_day)} ({len(same_day) / n:.1%}) |")
    print(f"| dated in another year than the folder | {len(wrong_year)} |")
    print(f"\noutlets: {Counter(outlets).most_common(10)}")
    print(f"date sources: {Counter(r.meta.published_source for r in dated).most_common()}")


def seeds(cfg: Config) -> None:
    print("\n### Seeds\n\n| file | outlet | published | read from |\n|---|---|---|---|")
    for path in sorted(SEEDS.glob("*.txt")):
        meta = metadata(path, cfg)
        if meta is not None:
            cells = [path.name, meta.outlet, meta.published, meta.published_source]
            print("| " + " | ".join(c or "-" for c in cells) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=200, help="Timeline17 files to read")
    args = parser.parse_args(argv)
    cfg = load_config()
    rows = []
    for path in sample(args.files):
        meta = metadata(path, cfg)
        if meta is not None:
            rows.append(Row(str(path.relative_to(TIMELINE17)), path.parent.name, meta))
    report(rows)
    seeds(cfg)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
