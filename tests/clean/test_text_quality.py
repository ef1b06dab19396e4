"""Quality gate: the flattened-text cleaner must keep its recall on the labelled pages.

Floors, not targets: CI fails when a change makes cleaning worse than these."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseboard.clean.text_eval import Scores, baseline_labels, evaluate, labelled_files
from caseboard.config import load_config

ROOT = Path(__file__).resolve().parents[2]
FILES = labelled_files(ROOT / "tests" / "fixtures" / "clean_text", ROOT / "examples" / "soleimani")
CFG = load_config().clean

NOISE_RECALL_FLOOR = 0.95
BODY_RECALL_FLOOR = 0.99
CAPTION_FLOOR = 0.75


def _total(names: set[str] | None = None, baseline: bool = False) -> Scores:
    total = Scores()
    for name, text, labels in FILES:
        if names is None or name in names:
            total.add(evaluate(text, labels, CFG, baseline_labels if baseline else None))
    return total


def test_fixture_set_covers_seeds_and_at_least_three_other_page_kinds() -> None:
    names = [name for name, _, _ in FILES]
    assert sum(name[:3].isdigit() for name in names) == 5
    assert sum(not name[:3].isdigit() for name in names) >= 3


@pytest.mark.parametrize("subset", ["fixtures", "seeds", "all"])
def test_noise_and_body_recall_floors(subset: str) -> None:
    names = {n for n, _, _ in FILES if subset == "all" or (n[:3].isdigit() == (subset == "seeds"))}
    scores = _total(names)
    assert scores.noise_recall >= NOISE_RECALL_FLOOR, f"noise recall {scores.noise_recall:.3f}"
    assert scores.body_recall >= BODY_RECALL_FLOOR, f"body recall {scores.body_recall:.3f}"


def test_caption_accuracy_floor() -> None:
    assert _total().caption_accuracy >= CAPTION_FLOOR


def test_cleaner_beats_the_length_baseline_on_noise() -> None:
    ours, base = _total(), _total(baseline=True)
    assert ours.noise_recall > base.noise_recall and ours.body_recall >= base.body_recall
