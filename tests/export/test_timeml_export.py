"""The TimeML export on a real build of the demo corpus: files TimeML tools can read, over the
stored clean text, with the tagger's values in its TimeML projection (a range is two TIMEX3)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from caseboard.api import Caseboard
from caseboard.cli.main import cli
from caseboard.errors import InputError
from caseboard.export.timeml_export import file_name, write_timeml
from caseboard.export.timeml_read import TimemlSpan, read_timeml
from caseboard.extract.timex import tag_timexes
from caseboard.offsets import OffsetMap
from caseboard.records import AnnotatedDocument, CleanDocument, Metadata, RawDocument, Segment
from caseboard.store import Store
from caseboard.store.documents import write_document
from caseboard.store.texts import StoredText, iter_stored_texts

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "timex" / "news_sample.tsv"
_MARKED = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


@dataclass(slots=True)
class ReadDoc:
    text: str
    dct: str | None
    timexes: list[TimemlSpan]
    events: list[TimemlSpan]


def read_back(path: Path) -> ReadDoc:
    """The file read back by the reader the TempEval bench reads its gold with
    (``caseboard.export.timeml_read``): TEXT with tags removed, TIMEX3 and EVENT spans, DCT."""
    found = read_timeml(path.read_text("utf-8"))
    return ReadDoc(found.text, found.dct, found.of("TIMEX3"), found.of("EVENT"))


@pytest.fixture(scope="module")
def stored(seeds_board: Caseboard) -> list[StoredText]:
    with seeds_board.store() as store:
        return list(iter_stored_texts(store))


@pytest.fixture(scope="module")
def exported(seeds_board: Caseboard, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    out = tmp_path_factory.mktemp("timeml") / "tml"
    return out, seeds_board.export_timeml(out)


def _file_of(out: Path, doc: StoredText) -> Path:
    (found,) = out.glob(f"*{doc.doc}.tml")
    return found


def _body(path: Path) -> ET.Element:
    """The TEXT element of a file, parsed as XML."""
    found = ET.parse(path).getroot().find("TEXT")
    assert found is not None
    return found


def _tagged(doc: StoredText) -> list[tuple[int, int, str, str]]:
    found = tag_timexes(doc.text, doc.published, timeml_ranges=True)
    return [(t.start, t.end, t.type, t.value) for t in found if t.type != "AGE"]


def test_one_well_formed_timeml_file_per_document(exported, stored) -> None:
    out, counts = exported
    files = sorted(out.glob("*.tml"))
    assert counts["documents"] == len(stored) == len(files) == 5
    for doc in stored:
        root = ET.parse(_file_of(out, doc)).getroot()
        assert root.tag == "TimeML"
        assert [c.tag for c in root] == ["DOCID", *(["DCT"] if doc.published else []), "TITLE", "TEXT"]
        assert root.findtext("DOCID") == doc.doc and root.findtext("TITLE") == doc.title
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+-[0-9a-f]{16}\.tml", f.name) for f in files)


def test_text_without_its_tags_is_the_stored_clean_text(exported, stored) -> None:
    out, _ = exported
    for doc in stored:
        assert "".join(_body(_file_of(out, doc)).itertext()) == doc.text
        assert read_back(_file_of(out, doc)).text == doc.text


def test_each_timex3_has_the_value_the_tagger_gives(exported, stored) -> None:
    out, counts = exported
    written: list[tuple[str | None, str | None, str | None]] = []
    for doc in stored:
        got = [(e.text, e.get("type"), e.get("value")) for e in _body(_file_of(out, doc)).iter("TIMEX3")]
        assert got == [(doc.text[s:e], kind, value) for s, e, kind, value in _tagged(doc)]
        written += got
    assert counts["timexes"] == len(written) > 100
    assert {kind for _, kind, _ in written} <= {"DATE", "TIME", "DURATION", "SET"}


def test_round_trip_gives_the_same_spans_and_values(exported, stored) -> None:
    """Read back as the TempEval bench reads TimeML, the file gives the tagger's own spans."""
    out, _ = exported
    for doc in stored:
        back = read_back(_file_of(out, doc))
        spans = [(s.start, s.end, s.attrs["type"], s.attrs["value"]) for s in back.timexes]
        assert spans == _tagged(doc)
        assert back.dct == doc.published


def test_the_export_agrees_with_the_stored_timexes_except_ranges(seeds_board, exported, stored) -> None:
    """The build stores the same tagger's output in file offsets; only a stored range ("from 1980 to
    1988": 1980/1988) differs, written as its two endpoints, each inside it with its own value."""
    ranges = 0
    for doc in stored:
        offsets = OffsetMap(doc.segments)
        back = read_back(_file_of(exported[0], doc)).timexes
        written = {(*offsets.span(t.start, t.end), t.attrs["type"], t.attrs["value"]) for t in back}
        with seeds_board.store() as store:
            rows = store.query(
                "SELECT start, \"end\", type, value FROM timexes WHERE doc = ? AND type <> 'AGE'", [doc.doc]
            )
        kept = {tuple(r) for r in rows}
        endpoints = written - kept
        for start, end, _, value in kept - written:
            assert "/" in value, (doc.path, start, value)
            inside = sorted(t for t in endpoints if start <= t[0] and t[1] <= end)
            assert [v[:4] for *_, v in inside] == value.split("/"), (doc.path, value, inside)
            endpoints -= set(inside)
            ranges += 1
        assert endpoints == set(), "every other expression is stored as exported"
    assert ranges >= 2, "the demo corpus has ranges"


def _range_sentences() -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    """The timex fixture's sentences with a range ([[from 1995 to 2001|1995/2001]]): date, plain
    text, and each range's span and interval value."""
    rows = []
    for line in FIXTURE.read_text("utf-8").splitlines():
        if line.startswith("#") or "/" not in line.partition("\t")[2]:
            continue
        dct, marked = line.split("\t")
        text, ranges, pos = "", [], 0
        for m in _MARKED.finditer(marked):
            text += marked[pos : m.start()]
            if "/" in m[2]:
                ranges.append((len(text), len(text) + len(m[1]), m[2]))
            text, pos = text + m[1], m.end()
        rows.append((dct, text + marked[pos:], ranges))
    return [r for r in rows if r[2]]


RANGE_SENTENCES = _range_sentences()


@pytest.mark.parametrize(("dct", "text", "ranges"), RANGE_SENTENCES, ids=[r[0] for r in RANGE_SENTENCES])
def test_a_range_is_two_timex3(
    tmp_path: Path, dct: str, text: str, ranges: list[tuple[int, int, str]]
) -> None:
    """ "from 1995 to 2001", "late 2002 or early 2003": TimeML annotates the two endpoints."""
    back = read_back(_export_one(tmp_path, text, dct))
    for start, end, value in ranges:
        inside = [t for t in back.timexes if start <= t.start and t.end <= end]
        assert [t.attrs["value"][:4] for t in inside] == value.split("/"), (text[start:end], inside)


def test_the_dct_is_the_publication_date(exported, stored) -> None:
    out, _ = exported
    dated = [d for d in stored if d.published]
    assert dated and len(dated) < len(stored), "the demo corpus has dated and undated documents"
    for doc in dated:
        dct = ET.parse(_file_of(out, doc)).getroot().find("DCT/TIMEX3")
        assert dct is not None and dct.get("value") == doc.published == dct.text
        attrs = ("tid", "type", "temporalFunction", "functionInDocument")
        assert [dct.get(a) for a in attrs] == ["t0", "DATE", "false", "CREATION_TIME"]


def test_an_undated_document_has_no_dct_and_nothing_points_at_one(exported, stored) -> None:
    out, _ = exported
    for doc in (d for d in stored if not d.published):
        raw = _file_of(out, doc).read_text("utf-8")
        assert "<DCT>" not in raw and 'tid="t0"' not in raw and 'anchorTimeID="t0"' not in raw
        assert read_back(_file_of(out, doc)).dct is None


def test_anchor_ids_name_the_dct_or_an_earlier_timex3(exported, stored) -> None:
    out, _ = exported
    narrative = dct = 0
    for doc in stored:
        root = ET.parse(_file_of(out, doc)).getroot()
        order = {e.get("tid"): i for i, e in enumerate(root.iter("TIMEX3"))}
        for i, e in enumerate(_body(_file_of(out, doc)).iter("TIMEX3"), 1):
            anchor = e.get("anchorTimeID")
            if anchor is None:
                continue
            assert e.get("temporalFunction") == "true" and e.get("type") in {"DATE", "TIME"}
            assert anchor in order and order[anchor] < order[e.get("tid")], (doc.path, e.text, anchor)
            dct += anchor == "t0"
            narrative += anchor != "t0"
            assert i == int(e.get("tid", "t")[1:])
    assert narrative >= 5 and dct >= 5, "the demo corpus counts dates from the dct and from the story"


def test_events_are_the_stored_triggers_with_a_class(exported, stored) -> None:
    out, counts = exported
    classes: dict[str, set[str]] = {}
    for doc in stored:
        offsets = OffsetMap(doc.segments)
        triggers = {(t.start, t.end): t for t in doc.triggers}
        timexes = tag_timexes(doc.text, doc.published, timeml_ranges=True)  # ages included
        for e in read_back(_file_of(out, doc)).events:
            trigger = triggers[offsets.span(e.start, e.end)]
            assert doc.text[e.start : e.end] == trigger.text and any(c.isalpha() for c in trigger.text)
            assert not [t.text for t in timexes if t.start < e.end and e.start < t.end], "a date is no event"
            classes.setdefault(e.attrs["class"], set()).add(trigger.type)
    assert classes["REPORTING"] == {"statement"}
    assert "statement" not in classes["OCCURRENCE"] and {"death", "attack"} <= classes["OCCURRENCE"]
    assert counts["events"] > 100


def test_xml_special_characters_come_back_unchanged(tmp_path: Path) -> None:
    text = 'Profits at A&T rose <5%> "sharply"\r\non March 3, 2019.\x0cShares fell.'
    out = _export_one(tmp_path, text, "2019-03-10", title="Q&A <live>")
    root = ET.parse(out).getroot()
    assert "".join(_body(out).itertext()) == text.replace("\x0c", "\ufffd")
    assert root.findtext("TITLE") == "Q&A <live>"
    assert [(e.text, e.get("value")) for e in root.iter("TIMEX3")][1:] == [("March 3, 2019", "2019-03-03")]


def _cli_export(board: Caseboard, out: Path) -> str:
    args = ["export", "--db", str(board.path), "--format", "timeml", "--out", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_creates_the_folder(seeds_board, stored, tmp_path: Path) -> None:
    out = tmp_path / "new" / "tml"
    assert "5 documents" in _cli_export(seeds_board, out)
    assert sorted(f.name for f in out.iterdir()) == sorted(file_name(d) for d in stored)


def test_cli_overwrites_its_own_files_only(seeds_board, stored, tmp_path: Path) -> None:
    stale = tmp_path / file_name(stored[0])
    stale.write_text("stale", encoding="utf-8")
    (tmp_path / "notes.tml.txt").write_text("mine", encoding="utf-8")
    _cli_export(seeds_board, tmp_path)
    assert len(list(tmp_path.glob("*.tml"))) == 5 and read_back(stale).text == stored[0].text
    assert (tmp_path / "notes.tml.txt").read_text("utf-8") == "mine"


def test_cli_timeml_needs_a_folder(seeds_board) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(seeds_board.path), "--format", "timeml"])
    assert isinstance(result.exception, InputError) and "--out DIR" in str(result.exception)


def _export_one(tmp_path: Path, text: str, published: str, title: str | None = None) -> Path:
    """Store one hand-written document (no events built) and export it; its file."""
    raw = RawDocument("news/story one.txt", "ab" * 32, text, "text", "utf-8")
    meta = Metadata(title=title, published=published)
    clean = CleanDocument(raw, text, [Segment(0, 0, len(text))], [], [], meta)
    with Store(tmp_path / "one.duckdb") as store:
        write_document(store, AnnotatedDocument(clean, [], [], []), "key")
        counts = write_timeml(store, tmp_path / "out")
    assert counts["documents"] == 1 and counts["events"] == 0
    (found,) = (tmp_path / "out").glob("*.tml")
    assert found.name == f"story-one-txt-{raw.doc_id}.tml"
    return found


def test_the_reader_gives_the_text_without_tags_and_each_element_over_it() -> None:
    raw = (
        '<?xml version="1.0" ?><TimeML><DOCID>wsj_0001</DOCID><DCT><TIMEX3 tid="t0" type="DATE" '
        'value="1989-11-02" functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT><TEXT>\n'
        'Profits <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; sales rose '
        '<TIMEX3 tid="t1" type="DATE" value="1989-Q3">in the third quarter</TIMEX3>.\n</TEXT></TimeML>'
    )
    found = read_timeml(raw)
    assert found.text == "\nProfits fell & sales rose in the third quarter.\n"
    assert found.dct == "1989-11-02"
    [timex] = found.of("TIMEX3")
    assert found.text[timex.start : timex.end] == "in the third quarter" and timex.attrs["value"] == "1989-Q3"
    [event] = found.of("EVENT")
    assert found.text[event.start : event.end] == "fell"


def test_a_year_range_in_one_token_is_two_timex3_with_the_hyphen_outside(tmp_path: Path) -> None:
    """docs/export.md: "2008-2009" is one interval in the caseboard, two years in TimeML."""
    text = "He oversaw operations during the 2008-2009 Gaza War."
    stored = [(t.text, t.value) for t in tag_timexes(text, "2015")]
    assert stored == [("2008-2009", "2008/2009")]
    out = _export_one(tmp_path, text, "2015")
    assert '<TIMEX3 tid="t1" type="DATE" value="2008"' in out.read_text("utf-8")
    timexes = ET.parse(out).getroot().iter("TIMEX3")
    assert [(e.text, e.get("value"), e.tail) for e in timexes][1:] == [
        ("2008", "2008", "-"),
        ("2009", "2009", " Gaza War."),
    ]
