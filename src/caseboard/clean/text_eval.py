"""Score the flattened-text cleaner against line labels (used by the benchmark and the
quality-gate test).

A label file has one row per non-blank line of its text file: ``label<TAB>line text``,
with label ``body``, ``caption``, ``title``, ``byline`` or ``noise``.  Title and byline
count as noise that must leave the body; a caption must land in ``captions``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from caseboard.clean.lines import Line, split_lines
from caseboard.clean.text import clean_text
from caseboard.config import CleanConfig
from caseboard.errors import InputError
from caseboard.records import CleanDocument, RawDocument

LABELS = ("body", "caption", "title", "byline", "noise")
REMOVED_LABELS = ("noise", "title", "byline")


@dataclass(slots=True)
class Scores:
    noise: int = 0
    noise_removed: int = 0
    body: int = 0
    body_kept: int = 0
    captions: int = 0
    captions_found: int = 0

    def add(self, other: Scores) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def noise_recall(self) -> float:
        return self.noise_removed / self.noise if self.noise else 1.0

    @property
    def body_recall(self) -> float:
        return self.body_kept / self.body if self.body else 1.0

    @property
    def caption_accuracy(self) -> float:
        return self.captions_found / self.captions if self.captions else 1.0


def read_raw(path: Path) -> RawDocument:
    data = path.read_bytes()
    return RawDocument(str(path), hashlib.sha256(data).hexdigest(), data.decode("utf-8"), "text", "utf-8")


def read_labels(path: Path, lines: list[Line]) -> list[str]:
    """The label of each non-blank line, checked against the text it claims to label."""
    rows = [row.split("\t", 1) for row in path.read_text("utf-8").splitlines() if row]
    if len(rows) != len(lines):
        raise InputError(f"{path}: {len(rows)} labels for {len(lines)} non-blank lines; relabel the file")
    for (label, text), line in zip(rows, lines, strict=True):
        if label not in LABELS or not text.endswith(line.text):
            raise InputError(f"{path}: label row {label!r} {text[:40]!r} does not match {line.text[:40]!r}")
    return [label for label, _ in rows]


def predicted_labels(doc: CleanDocument, lines: Iterable[Line]) -> list[str]:
    """What the cleaner made of each non-blank line, in the label vocabulary."""
    body = {s.orig_start for s in doc.segments}
    captions = {c.start for c in doc.captions}
    reasons = {r.start: r.reason for r in doc.removed}
    labels = []
    for line in lines:
        if line.start in body:
            labels.append("body")
        elif line.start in captions:
            labels.append("caption")
        else:
            reason = reasons.get(line.start, "noise")
            labels.append(reason if reason in ("title", "byline") else "noise")
    return labels


def baseline_labels(lines: Iterable[Line], min_chars: int = 40) -> list[str]:
    """The simple baseline: keep every line of at least ``min_chars`` characters."""
    return ["body" if len(line.text) >= min_chars else "noise" for line in lines]


def score(gold: Iterable[str], predicted: Iterable[str]) -> Scores:
    scores = Scores()
    for want, got in zip(gold, predicted, strict=True):
        if want in REMOVED_LABELS:
            scores.noise += 1
            scores.noise_removed += got in REMOVED_LABELS
        elif want == "body":
            scores.body += 1
            scores.body_kept += got == "body"
        else:
            scores.captions += 1
            scores.captions_found += got == "caption"
    return scores


def evaluate(
    text_path: Path,
    labels_path: Path,
    cfg: CleanConfig,
    system: Callable[[list[Line]], list[str]] | None = None,
) -> Scores:
    """Scores of the cleaner (or of ``system``, given the lines) on one labelled file."""
    raw = read_raw(text_path)
    lines = split_lines(raw.text)
    gold = read_labels(labels_path, lines)
    predicted = system(lines) if system else predicted_labels(clean_text(raw, cfg), lines)
    return score(gold, predicted)


def labelled_files(fixtures: Path, seeds: Path) -> list[tuple[str, Path, Path]]:
    """(name, text file, label file) for the fixture pages and for the seed articles."""
    pages = [(p.stem, p, p.with_suffix(".labels.tsv")) for p in sorted(fixtures.glob("*.txt"))]
    seed_labels = sorted((fixtures / "seeds").glob("*.labels.tsv"))
    named = [(p.name.removesuffix(".labels.tsv"), p) for p in seed_labels]
    return pages + [(name, seeds / f"{name}.txt", p) for name, p in named]
