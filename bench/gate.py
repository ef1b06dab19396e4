"""The quick quality gate run by CI: figures on our labelled fixtures against floors.

    .venv/bin/python bench/gate.py

It scores the same fixtures with the same functions and floors as the quality
tests (tests/*/test_*_quality.py) and bench/conflicts.py, prints one table, and
exits 1 when any figure falls below its floor, so a change that makes
extraction worse fails CI with the figure that dropped.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]

CONFLICT_PRECISION_FLOOR = 0.95
CONFLICT_RECALL_FLOOR = 0.85


def _load(path: Path) -> ModuleType:
    if str(path.parent) not in sys.path:  # its helpers in the same folder, as pytest imports them
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def cleaning() -> list[tuple[str, float, float]]:
    mod = _load(ROOT / "tests" / "clean" / "test_text_quality.py")
    scores = mod._total()
    return [
        ("flattened-text cleaning: noise removed", scores.noise_recall, mod.NOISE_RECALL_FLOOR),
        ("flattened-text cleaning: body kept", scores.body_recall, mod.BODY_RECALL_FLOOR),
        ("flattened-text cleaning: captions", scores.caption_accuracy, mod.CAPTION_FLOOR),
    ]


def dates() -> list[tuple[str, float, float]]:
    mod = _load(ROOT / "tests" / "extract" / "test_timex_quality.py")
    span_f1, value_f1 = mod.scores()
    return [
        ("time expressions: span F1", span_f1, mod.SPAN_F1_FLOOR),
        ("time expressions: value F1", value_f1, mod.VALUE_F1_FLOOR),
    ]


def news_dates() -> list[tuple[str, float, float]]:
    """The tagger on the hand-labelled Timeline17 sample (its text is read from ../shared/bench,
    never copied: nothing to score without it)."""
    mod = _load(ROOT / "tests" / "extract" / "test_timex_news_sample.py")
    if not mod.TIMELINE17.is_dir():
        print("(time expressions on the Timeline17 sample: skipped, ../shared/bench/timeline17 absent)")
        return []
    span_f1, value_f1 = mod.scores()
    span2, value2 = mod.scores(mod.FIXTURE2)
    rows = [
        ("time expressions, news sample: span F1", span_f1, mod.SPAN_F1_FLOOR),
        ("time expressions, news sample: value F1", value_f1, mod.VALUE_F1_FLOOR),
        ("time expressions, news sample 2: span F1", span2, mod.SPAN_F1_FLOOR2),
        ("time expressions, news sample 2: value F1", value2, mod.VALUE_F1_FLOOR2),
    ]
    if not mod.PAGES.is_file():
        print("(time expressions on the web sample: skipped, ../shared/bench/article-extraction absent)")
        return rows
    web_span, web_value = mod.scores(mod.WEB_FIXTURE)
    return rows + [
        ("time expressions, web sample: span F1", web_span, mod.WEB_SPAN_F1_FLOOR),
        ("time expressions, web sample: value F1", web_value, mod.WEB_VALUE_F1_FLOOR),
    ]


def wiki_dates() -> list[tuple[str, float, float]]:
    """The tagger on the hand-labelled WikiNews sample (unannotated MEANTIME sentences, rebuilt from
    ../shared/bench at run time: nothing to score without it)."""
    mod = _load(ROOT / "tests" / "extract" / "test_timex_wiki_sample.py")
    if not mod.MEANTIME.is_dir():
        print("(time expressions on the WikiNews sample: skipped, ../shared/bench/meantime absent)")
        return []
    span_f1, value_f1 = mod.scores()
    return [
        ("time expressions, WikiNews sample: span F1", span_f1, mod.SPAN_F1_FLOOR),
        ("time expressions, WikiNews sample: value F1", value_f1, mod.VALUE_F1_FLOOR),
    ]


def entities() -> list[tuple[str, float, float]]:
    mod = _load(ROOT / "tests" / "resolve" / "test_resolve_quality.py")
    mentions, gold = mod.load()
    precision, recall = mod.bcubed(mod.resolve_entities(mentions).links, gold)
    return [
        ("entity resolution: B-cubed precision", precision, mod.PRECISION_FLOOR),
        ("entity resolution: B-cubed recall", recall, mod.RECALL_FLOOR),
    ]


def conflicts() -> list[tuple[str, float, float]]:
    from caseboard.annotate import load_nlp
    from caseboard.config import load_config

    mod = _load(ROOT / "bench" / "conflicts.py")
    nlp = load_nlp(load_config().annotate.model)
    pairs = [json.loads(line) for line in mod.PAIRS.read_text("utf-8").splitlines() if line.strip()]
    labels = [pair["label"] == "conflict" for pair in pairs]
    predicted = [mod.predict(pair, nlp)[0] for pair in pairs]
    precision, recall, *_ = mod.score(labels, predicted)
    return [
        ("conflict detection: precision", precision, CONFLICT_PRECISION_FLOOR),
        ("conflict detection: recall", recall, CONFLICT_RECALL_FLOOR),
    ]


Check = Callable[[], list[tuple[str, float, float]]]
CHECKS: list[Check] = [cleaning, dates, news_dates, wiki_dates, entities, conflicts]


def main() -> int:
    failed = 0
    print(f"{'figure':45} {'value':>7} {'floor':>7}")
    for check in CHECKS:
        for name, value, floor in check():
            ok = value >= floor
            failed += not ok
            print(f"{name:45} {value:7.3f} {floor:7.3f}  {'ok' if ok else 'BELOW FLOOR'}")
    print("quality gate: " + ("passed" if not failed else f"{failed} figure(s) below their floor"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
