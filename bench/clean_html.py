"""HTML cleaning on the article-extraction benchmark: bag-of-tokens P/R/F1 against articleBody.

    /work/main/.venv/bin/python bench/clean_html.py [--limit N] [--sweep]

Compares, in one run, trafilatura.extract with default options (the baseline),
caseboard's clean_html with the residual pass switched off (trafilatura with
caseboard's options, aligned back to the page), clean_html with every
decision of the residual line classifier (``clean_text``), and the default
clean_html (residual pass with its layout reasons ignored, see LAYOUT_REASONS).
Scores use ``CleanDocument.text``
(captions are kept apart from the body and are not scored; ``+captions`` is
shown for reference).  ``--sweep`` also scores trafilatura option variants.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

from caseboard.clean.align import coverage
from caseboard.clean.html import EXTRACT_OPTIONS, clean_html, extract_main, passthrough
from caseboard.config import CleanConfig, load_config
from caseboard.records import CleanDocument, RawDocument

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "article-extraction"
_WORD = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.lower()))


@dataclass
class Score:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    page_f1: list[float] = field(default_factory=list)
    coverage: list[float] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, predicted: str, truth: str) -> None:
        pred, gold = tokens(predicted), tokens(truth)
        tp = sum((pred & gold).values())
        fp, fn = sum(pred.values()) - tp, sum(gold.values()) - tp
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn
        self.page_f1.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)

    def row(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        mean = sum(self.page_f1) / len(self.page_f1)
        cov = f"{sum(self.coverage) / len(self.coverage):.4f}" if self.coverage else "-"
        low = f"{min(self.coverage):.3f}" if self.coverage else "-"
        cells = [
            self.name,
            f"{p:.3f}",
            f"{r:.3f}",
            f"{f1:.3f}",
            f"{mean:.3f}",
            cov,
            low,
            f"{self.seconds:.1f}",
        ]
        return "| " + " | ".join(cells) + " |"


def load_pages(limit: int | None) -> list[tuple[str, str, str]]:
    truth = json.loads((DATA / "ground-truth.json").read_text("utf-8"))
    pages = []
    for sha in sorted(truth)[:limit]:
        raw = gzip.decompress((DATA / "html" / f"{sha}.html.gz").read_bytes())
        pages.append((sha, raw.decode("utf-8", "replace"), truth[sha]["articleBody"]))
    return pages


def raw_document(sha: str, source: str) -> RawDocument:
    return RawDocument(path=f"{sha}.html", sha256=sha, text=source, kind="html", encoding="utf-8")


def score_text(name: str, pages: list, run: Callable[[str], str]) -> Score:
    score = Score(name)
    start = time.perf_counter()
    for _, source, truth in pages:
        score.add(run(source) or "", truth)
    score.seconds = time.perf_counter() - start
    return score


def score_clean(name: str, pages: list, cfg: CleanConfig, residual, captions: bool = False) -> Score:
    score = Score(name)
    start = time.perf_counter()
    for sha, source, truth in pages:
        doc: CleanDocument = clean_html(raw_document(sha, source), cfg, residual=residual)
        extra = "\n".join(c.text for c in doc.captions) if captions else ""
        score.add(doc.text + "\n" + extra, truth)
        score.coverage.append(coverage(doc.text, doc.segments))
    score.seconds = time.perf_counter() - start
    return score


def residual_pass():
    try:
        from caseboard.clean.text import clean_text
    except ImportError:
        return None
    return clean_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--sweep", action="store_true", help="also score trafilatura option variants")
    args = parser.parse_args()
    pages = load_pages(args.limit)
    cfg = load_config().clean
    rows = [score_text("trafilatura.extract (defaults)", pages, trafilatura.extract)]
    if args.sweep:
        variants = (
            {"favor_precision": False},
            {"favor_precision": False, "favor_recall": True},
            {"favor_precision": False, "include_comments": True},
            {},
        )
        for opts in variants:
            label = ", ".join(f"{k}={v}" for k, v in {**EXTRACT_OPTIONS, **opts}.items() if v)
            rows.append(
                score_text(f"extract_main({label})", pages, lambda s, o=opts: extract_main(s, **o).text)
            )
    rows.append(score_clean("clean_html, no residual pass", pages, cfg, passthrough))
    text_pass = residual_pass()
    if text_pass is not None:
        rows.append(score_clean("clean_html + clean_text, every reason honoured", pages, cfg, text_pass))
        rows.append(score_clean("**clean_html (default)**", pages, cfg, None))
        rows.append(score_clean("clean_html (default), +captions", pages, cfg, None, captions=True))
    print(f"article-extraction, {len(pages)} pages; bag of lowercase \\w+ tokens against articleBody\n")
    print("| system | precision | recall | F1 (micro) | F1 (page mean) | aligned | min aligned | seconds |")
    print("|---|---|---|---|---|---|---|---|")
    for score in rows:
        print(score.row())


if __name__ == "__main__":
    main()
