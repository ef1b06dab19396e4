"""Regression gate on fresh news (issue #4): the tagger on 220 Timeline17 sentences drawn by a seeded
random sample and labelled by hand with TimeML TIMEX3 spans and values (tests/fixtures/timex/), on
a second sample of 198 (another seed, articles the first does not use), held apart while the first
was developed on, and on a third of 200 sentences from 155 scraped web pages of another genre
(news, blogs, magazines, shops: ../shared/bench/article-extraction, DCT by htmldate).

The TempEval splits have been tuned on; this sample was labelled before the tagger was run on it,
so its floors guard wordings nobody tuned for. Scores follow the TempEval-3 toolkit as
bench/timex.py does (DATE+TIME; gold and predictions aligned one to one by overlap; value F1 =
value accuracy x relaxed span F1). ``bench/timex_news.py --errors`` lists the errors.
The fixtures hold each sentence's article and line (or page and offsets), not its text (bench data
may not be copied into the repository), so these tests need ../shared/bench and are skipped without it.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from test_timex_sample_support import TYPES, Labelled, load_script, sample_scores  # same folder

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "timex" / "news_sample.jsonl"
FIXTURE2 = FIXTURE.with_name("news_sample2.jsonl")
WEB_FIXTURE = FIXTURE.with_name("web_sample.jsonl")
TIMELINE17 = ROOT.parent / "shared" / "bench" / "timeline17"
PAGES = ROOT.parent / "shared" / "bench" / "article-extraction" / "ground-truth.json"
# relaxed span F1, DATE+TIME: 0.981 after round 3; 0.974 after round 2; 0.966 after round 1; 0.963 before
SPAN_F1_FLOOR = 0.975
# TE3 value F1, DATE+TIME: 0.966 after round 3; 0.951 after round 2; 0.899 after round 1; 0.872 before
VALUE_F1_FLOOR = 0.96
# The second sample: its first score (labelled before the tagger was run on it) was relaxed span
# F1 0.941, TE3 value F1 0.869; the floors sit just under the figures after this round's fixes.
SPAN_F1_FLOOR2 = 0.97  # relaxed span F1, DATE+TIME (0.969 when set, 0.973 after round 3)
VALUE_F1_FLOOR2 = 0.915  # TE3 value F1, DATE+TIME (0.898 when set, 0.924 after round 3)
# The web sample: its first score (labelled before the tagger was run on it) was relaxed span F1
# 0.971, TE3 value F1 0.861 (all TIMEX3 types 0.836); the floors sit just under round 4's figures.
WEB_SPAN_F1_FLOOR = 0.97  # relaxed span F1, DATE+TIME (0.975 after round 4)
WEB_VALUE_F1_FLOOR = 0.87  # TE3 value F1, DATE+TIME (0.881 after round 4, with the values round)

pytestmark = pytest.mark.skipif(not TIMELINE17.is_dir(), reason="Timeline17 is not in ../shared/bench")
needs_pages = pytest.mark.skipif(not PAGES.is_file(), reason="article-extraction is not in ../shared/bench")


def _text(item: dict) -> str:
    """A labelled sentence: a Timeline17 line, or a slice of a web page's articleBody."""
    if "page" in item:
        return _bodies()[item["page"]][item["start"] : item["end"]]
    lines = (TIMELINE17 / item["doc"]).read_text("utf-8", errors="replace").splitlines()
    return lines[item["line"]].rstrip()


@cache
def _bodies() -> dict[str, str]:
    return {sha: page["articleBody"] for sha, page in json.loads(PAGES.read_text("utf-8")).items()}


def read_sample(path: Path = FIXTURE) -> list[Labelled]:
    """The labelled sentences, their text read from ../shared/bench and checked against its checksum."""
    out = []
    for raw in path.read_text("utf-8").splitlines():
        item = json.loads(raw)
        text = _text(item)
        assert hashlib.sha1(text.encode()).hexdigest()[:12] == item["sha1"], item.get("doc", item.get("page"))
        gold = [(t["start"], t["end"], t["value"]) for t in item["timexes"] if t["type"] in TYPES]
        out.append(Labelled(item["dct"], text, gold))
    return out


def scores(path: Path = FIXTURE) -> tuple[float, float]:
    """(relaxed span F1, TE3 value F1) of the tagger on a sample, DATE+TIME."""
    return sample_scores(read_sample(path))


def _sampler(name: str = "sample_news") -> ModuleType:
    """A fixture's sampling script, loaded as a module."""
    return load_script(FIXTURE.with_name(f"{name}.py"))


def test_the_fixture_is_the_seeded_sample_and_holds_labelled_offsets() -> None:
    sampler = _sampler()
    rows = [json.loads(x) for x in FIXTURE.read_text("utf-8").splitlines()]
    assert [(r["doc"], r["line"]) for r in rows] == [(d["doc"], d["line"]) for d in sampler.draw()]
    sample = read_sample()
    assert len(sample) == 220 and len({r["doc"].split("/")[0] for r in rows}) == 11
    first = next(s for s in sample if s.gold)
    assert first.text[first.gold[0][0] : first.gold[0][1]] == "recently"


def test_news_sample_floors() -> None:
    span_f1, value_f1 = scores()
    assert span_f1 >= SPAN_F1_FLOOR, span_f1
    assert value_f1 >= VALUE_F1_FLOOR, value_f1


def test_the_second_fixture_is_its_own_seeded_sample_from_other_articles() -> None:
    sampler = _sampler()
    rows = [json.loads(x) for x in FIXTURE2.read_text("utf-8").splitlines()]
    assert [(r["doc"], r["line"]) for r in rows] == [(d["doc"], d["line"]) for d in sampler.draw_second()]
    first = {json.loads(x)["doc"] for x in FIXTURE.read_text("utf-8").splitlines()}
    assert len(rows) == 198 and not first & {r["doc"] for r in rows}
    sample = read_sample(FIXTURE2)
    labelled = next(s for s in sample if s.gold)
    assert labelled.text[labelled.gold[0][0] : labelled.gold[0][1]] == "Tuesday"


def test_second_news_sample_floors() -> None:
    span_f1, value_f1 = scores(FIXTURE2)
    assert span_f1 >= SPAN_F1_FLOOR2, span_f1
    assert value_f1 >= VALUE_F1_FLOOR2, value_f1


@needs_pages
def test_the_web_fixture_is_its_seeded_sample_of_many_pages() -> None:
    sampler = _sampler("sample_web")
    rows = [json.loads(x) for x in WEB_FIXTURE.read_text("utf-8").splitlines()]
    assert [(r["page"], r["start"], r["end"]) for r in rows] == [
        (d["page"], d["start"], d["end"]) for d in sampler.draw()
    ]
    assert len(rows) == 200 and len({r["page"] for r in rows}) > 150
    sample = read_sample(WEB_FIXTURE)
    labelled = next(s for s in sample if s.gold)
    assert labelled.text[labelled.gold[0][0] : labelled.gold[0][1]] == "2020"


@needs_pages
def test_web_sample_floors() -> None:
    span_f1, value_f1 = scores(WEB_FIXTURE)
    assert span_f1 >= WEB_SPAN_F1_FLOOR, span_f1
    assert value_f1 >= WEB_VALUE_F1_FLOOR, value_f1
