"""The benchmark's MEANTIME reader (bench/timex_data.py): text rebuilt from CAT tokens, the DCT from
the dateline, gold TIMEX3 offsets into the rebuilt text, only the annotated sentences kept."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MEANTIME = ROOT.parent / "shared" / "bench" / "meantime" / "intra-doc_annotation"


def _load():
    spec = importlib.util.spec_from_file_location("timex_data", ROOT / "bench" / "timex_data.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["timex_data"] = module
    spec.loader.exec_module(module)
    return module


data = _load()

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="1_Test" lang="en">
<token number="0" sentence="0" t_id="1">GM</token>
<token number="1" sentence="0" t_id="2">files</token>
<token number="2" sentence="1" t_id="3">June</token>
<token number="3" sentence="1" t_id="4">01</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2009</token>
<token number="6" sentence="2" t_id="7">The</token>
<token number="7" sentence="2" t_id="8">company</token>
<token number="8" sentence="2" t_id="9">'s</token>
<token number="9" sentence="2" t_id="10">``</token>
<token number="10" sentence="2" t_id="11">plan</token>
<token number="11" sentence="2" t_id="12">''</token>
<token number="12" sentence="2" t_id="13">(</token>
<token number="13" sentence="2" t_id="14">US$</token>
<token number="14" sentence="2" t_id="15">30</token>
<token number="15" sentence="2" t_id="16">)</token>
<token number="16" sentence="2" t_id="17">failed</token>
<token number="17" sentence="2" t_id="18">last</token>
<token number="18" sentence="2" t_id="19">week</token>
<token number="19" sentence="2" t_id="20">.</token>
<token number="20" sentence="6" t_id="21">Monday</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="01-06-2009">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2009-W22">
<token_anchor t_id="19"/><token_anchor t_id="18"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DATE" value="2009-06-01">
<token_anchor t_id="21"/>
</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="x" functionInDocument="NONE" m_id="4" type="DATE" value="2010"/>
</Markables>
</Document>
"""


def test_cat_tokens_are_joined_as_running_text_with_gold_offsets_into_it(tmp_path: Path) -> None:
    path = tmp_path / "1_Test.xml"
    path.write_text(CAT, "utf-8")
    doc = data.read_cat(path)
    assert doc.text == 'GM files\nThe company\'s "plan" (US$30) failed last week.'
    assert [(doc.text[g.start : g.end], g.value) for g in doc.gold] == [("last week", "2009-W22")]


def test_a_malformed_creation_time_falls_back_to_the_dateline(tmp_path: Path) -> None:
    path = tmp_path / "1_Test.xml"
    path.write_text(CAT, "utf-8")
    assert data.read_cat(path).dct == "2009-06-01"  # "01-06-2009" in the file, "June 01 , 2009" shown


@pytest.mark.skipif(not MEANTIME.is_dir(), reason="MEANTIME is not in ../shared/bench")
def test_the_real_corpus_reads_with_every_gold_span_on_its_surface() -> None:
    paths = sorted(MEANTIME.glob("*/*.xml"))
    docs = [data.read_cat(p) for p in paths]
    assert len(docs) == 120 and all(d.dct and len(d.dct) == 10 for d in docs)
    first = next(d for d in docs if d.name.startswith("100911_"))
    assert first.dct == "2008-03-01" and first.text.startswith("Northrop Grumman and Airbus parent EADS")
    assert ("a year", "P1Y") in [(first.text[g.start : g.end], g.value) for g in first.gold]
    assert all(d.text[g.start : g.end].strip() == d.text[g.start : g.end] for d in docs for g in d.gold)


def test_a_byte_identical_copy_of_a_timeml_file_is_read_once(tmp_path: Path) -> None:
    body = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1990-08-15">x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>'
    )
    for folder, name, text in [
        ("TimeBank", "a.tml", body),
        ("testpipeline", "a.tml", body),
        ("AQUAINT", "b.tml", body + " "),
    ]:
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_text(text, encoding="utf-8")
    kept = data.corpus_files(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in kept] == ["AQUAINT/b.tml", "TimeBank/a.tml"]


TEMPEVAL = ROOT.parent / "shared" / "bench" / "tempeval3-train"


@pytest.mark.skipif(not TEMPEVAL.is_dir(), reason="TempEval-3 is not in ../shared/bench")
def test_the_tempeval_corpus_is_its_256_documents() -> None:
    kept = data.corpus_files(TEMPEVAL)
    assert len(kept) == 256 and len({p.name for p in kept}) == 256
    assert all(p.parent.name in {"TimeBank", "AQUAINT"} for p in kept)
