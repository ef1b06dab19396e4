"""Quality gate: value F1 of the tagger on a small hand-labelled fixture must not drop."""

from __future__ import annotations

import re
from pathlib import Path

from caseboard.extract.timex import tag_timexes

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "timex" / "news_sample.tsv"
_MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
VALUE_F1_FLOOR = 0.90
SPAN_F1_FLOOR = 0.95


def read_fixture(path: Path) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    """(dct, plain text, gold spans with values) for each line of the fixture."""
    docs = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        dct, marked = line.split("\t", 1)
        plain, gold, cursor = [], [], 0
        for m in _MARK.finditer(marked):
            plain.append(marked[cursor : m.start()])
            start = sum(map(len, plain))
            plain.append(m[1])
            gold.append((start, start + len(m[1]), m[2]))
            cursor = m.end()
        plain.append(marked[cursor:])
        docs.append((dct, "".join(plain), gold))
    return docs


def f1(p_hits: int, pred: int, r_hits: int, gold: int) -> float:
    p, r = p_hits / max(pred, 1), r_hits / max(gold, 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def scores() -> tuple[float, float]:
    counts = [0] * 6  # pred, gold, span p, span r, value p, value r
    for dct, text, gold in read_fixture(FIXTURE):
        pred = [(t.start, t.end, t.value) for t in tag_timexes(text, dct) if t.type != "AGE"]
        counts[0] += len(pred)
        counts[1] += len(gold)
        for a, b, v in pred:
            counts[2] += any(a < e and s < b for s, e, _ in gold)
            counts[4] += any(a < e and s < b and v == g for s, e, g in gold)
        for s, e, g in gold:
            counts[3] += any(a < e and s < b for a, b, _ in pred)
            counts[5] += any(a < e and s < b and v == g for a, b, v in pred)
    return f1(counts[2], counts[0], counts[3], counts[1]), f1(counts[4], counts[0], counts[5], counts[1])


def test_fixture_is_read_with_correct_offsets() -> None:
    docs = read_fixture(FIXTURE)
    assert len(docs) >= 10
    dct, text, gold = docs[0]
    assert dct == "2021-06-14"
    assert [text[s:e] for s, e, _ in gold][:2] == ["Friday", "late August"]


def test_value_f1_floor() -> None:
    span_f1, value_f1 = scores()
    assert span_f1 >= SPAN_F1_FLOOR, span_f1
    assert value_f1 >= VALUE_F1_FLOOR, value_f1
