"""Regression gate on WikiNews (a fourth genre): the tagger on 150 sentences of MEANTIME's WikiNews
articles that its annotators did not annotate (sentence index 6 on; the annotated sentences 0-5
stay a held-out set), drawn by a seeded random sample (tests/fixtures/timex/sample_wiki.py) and
labelled by hand with TimeML TIMEX3 spans and values before the tagger was run on them.

The fixture holds each sentence's article and index, never its text (bench data may not be
copied into the repository): the text is rebuilt from ../shared/bench/meantime's tokens, checked
against a checksum, so these tests are skipped without it. Scores follow the TempEval-3 toolkit
as bench/timex.py does (DATE+TIME; gold and predictions aligned one to one by overlap; value F1 =
value accuracy x relaxed span F1); ``bench/timex_news.py --sample wiki --errors`` lists the errors.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from test_timex_sample_support import TYPES, Labelled, load_script, sample_scores  # same folder

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "timex" / "wiki_sample.jsonl"
MEANTIME = ROOT.parent / "shared" / "bench" / "meantime" / "intra-doc_annotation"
# First score (labelled before the tagger was run on it): relaxed span F1 0.962, TE3 value F1
# 0.932 (all TIMEX3 types 0.917; dateparser 0.198); 0.970 / 0.940 once the one label slip the run
# showed was mended ("is now available": "now" unlabelled). The floors sit a little below.
SPAN_F1_FLOOR = 0.955  # relaxed span F1, DATE+TIME
VALUE_F1_FLOOR = 0.925  # TE3 value F1, DATE+TIME

pytestmark = pytest.mark.skipif(not MEANTIME.is_dir(), reason="MEANTIME is not in ../shared/bench")


@cache
def _sampler() -> ModuleType:
    """The fixture's sampling script, loaded as a module (it rebuilds a sentence from its tokens)."""
    return load_script(FIXTURE.with_name("sample_wiki.py"))


def _rows() -> list[dict]:
    return [json.loads(x) for x in FIXTURE.read_text("utf-8").splitlines() if x.strip()]


def read_sample() -> list[Labelled]:
    """The labelled sentences, their text rebuilt from ../shared/bench and checked against its checksum."""
    out = []
    for item in _rows():
        text = _sampler().sentence(item["article"], item["sentence"])
        assert hashlib.sha1(text.encode()).hexdigest()[:12] == item["sha1"], item["article"]
        gold = [(t["start"], t["end"], t["value"]) for t in item["timexes"] if t["type"] in TYPES]
        out.append(Labelled(item["dct"], text, gold))
    return out


def scores() -> tuple[float, float]:
    """(relaxed span F1, TE3 value F1) of the tagger on the sample, DATE+TIME."""
    return sample_scores(read_sample())


def test_the_fixture_is_the_seeded_sample_of_unannotated_sentences() -> None:
    rows = _rows()
    drawn = _sampler().draw()
    assert [(r["article"], r["sentence"]) for r in rows] == [(d["article"], d["sentence"]) for d in drawn]
    assert Counter(r["stratum"] for r in rows) == {"cue": 75, "plain": 75}
    assert min(r["sentence"] for r in rows) >= 6  # MEANTIME annotated sentences 0-5: never drawn
    assert len({r["article"] for r in rows}) > 70 and not any("text" in r for r in rows)


def test_the_fixture_offsets_point_at_the_labelled_words() -> None:
    sample = read_sample()
    first = next(s for s in sample if s.gold)
    assert first.text[first.gold[0][0] : first.gold[0][1]] == "today"
    for item in _rows():
        text = _sampler().sentence(item["article"], item["sentence"])
        for t in item["timexes"]:
            surface = text[t["start"] : t["end"]]
            assert surface and surface == surface.strip(" ,.;:\"'"), (item["article"], surface)
            assert not text[t["end"] : t["end"] + 1].isalnum(), (item["article"], surface)
            assert not text[max(t["start"] - 1, 0) : t["start"]].isalnum(), (item["article"], surface)


def test_wiki_sample_floors() -> None:
    span_f1, value_f1 = scores()
    assert span_f1 >= SPAN_F1_FLOOR, span_f1
    assert value_f1 >= VALUE_F1_FLOOR, value_f1
