"""Helpers for the hand-labelled timex samples (news, web, WikiNews): a labelled sentence, the
TempEval-3 scoring of the tagger on a sample, and loading a fixture's sampling script."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from caseboard.extract.timex import tag_timexes

TYPES = ("DATE", "TIME")


@dataclass(frozen=True, slots=True)
class Labelled:
    dct: str
    text: str
    gold: list[tuple[int, int, str]]  # start, end, value (DATE and TIME only)


def aligned(gold: list[tuple[int, int, str]], pred: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """One-to-one overlap pairs, most overlap first (the TempEval-3 toolkit's alignment): values."""
    pairs = sorted(
        ((min(g[1], p[1]) - max(g[0], p[0]), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
         if g[0] < p[1] and p[0] < g[1]),
        reverse=True,
    )  # fmt: skip
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((gold[i][2], pred[j][2]))
    return out


def sample_scores(sample: list[Labelled]) -> tuple[float, float]:
    """(relaxed span F1, TE3 value F1) of the tagger on a labelled sample, DATE+TIME."""
    n_gold = n_pred = hit_p = hit_r = n_aligned = right = 0
    for item in sample:
        found = tag_timexes(item.text, item.dct, timeml_ranges=True)
        pred = [(t.start, t.end, t.value) for t in found if t.type in TYPES]
        n_gold, n_pred = n_gold + len(item.gold), n_pred + len(pred)
        hit_p += sum(any(g[0] < p[1] and p[0] < g[1] for g in item.gold) for p in pred)
        hit_r += sum(any(g[0] < p[1] and p[0] < g[1] for p in pred) for g in item.gold)
        pairs = aligned(item.gold, pred)
        n_aligned, right = n_aligned + len(pairs), right + sum(g == p for g, p in pairs)
    precision, recall = hit_p / max(n_pred, 1), hit_r / max(n_gold, 1)
    span_f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return span_f1, span_f1 * right / max(n_aligned, 1)


def load_script(path: Path) -> ModuleType:
    """A fixture's sampling script (``tests/fixtures/timex/sample_*.py``), loaded as a module."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
