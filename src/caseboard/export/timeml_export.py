"""The TimeML export: one TempEval-3 ``.tml`` file per stored document (docs/export.md).

TimeML tools (TimeBank, TempEval, TARSQI, CAEVO, annotation tools) read inline TIMEX3 and EVENT
elements over the text. The caseboard keeps a range ("from 1980 to 1988") as one interval
expression; TimeML annotates its two endpoints, so the stored clean text is tagged again in the
tagger's TimeML projection (``timeml_ranges=True``) with the stored publication date: the same
values as the stored timexes, except that a range is two TIMEX3. Documents are read and written
one at a time, never the whole corpus.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from caseboard.export.timeml_read import TimemlSpan as Tag
from caseboard.extract.timex import tag_timexes
from caseboard.records import Segment, Timex
from caseboard.store import Store
from caseboard.store.texts import StoredText, StoredTrigger, iter_stored_texts

TIMEML_OPEN = (
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">'
)
# AGE is the caseboard's own type ("Soleimani, 58"): TIMEX3 has no such type, and the TempEval
# bench (bench/timex.py) scores the same four, so the export is what the bench measures.
TIMEML_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
POINT_TYPES = frozenset({"DATE", "TIME"})
# A reported day's "trigger" is the time expression itself: no event word.
NOT_EVENTS = frozenset({"reported"})
EVENT_CLASS = {"statement": "REPORTING"}  # every other happening is an OCCURRENCE
DCT_ID = "t0"

# XML 1.0 cannot carry C0 controls other than tab and newline, nor U+FFFE/U+FFFF or lone surrogates,
# even as references; a carriage return would be read back as a newline unless it is a reference.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;"})
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9_]+")


@dataclass(slots=True)
class TimemlFile:
    """One document's TimeML file and what it holds."""

    name: str
    xml: str
    timexes: int
    events: int


def write_timeml(store: Store, out_dir: Path) -> dict[str, int]:
    """Write one ``.tml`` file per stored document into ``out_dir`` (created; files of the same names
    overwritten, others left alone); return the counts of documents, timexes and events written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {"documents": 0, "timexes": 0, "events": 0}
    for doc in iter_stored_texts(store):
        tml = document_timeml(doc)
        (out_dir / tml.name).write_text(tml.xml, encoding="utf-8")
        counts["documents"] += 1
        counts["timexes"] += tml.timexes
        counts["events"] += tml.events
    return counts


def document_timeml(doc: StoredText) -> TimemlFile:
    """The TempEval-3 file of one document: DOCID, DCT (when dated), TITLE, then the clean text with
    its TIMEX3 and EVENT elements inline."""
    found = tag_timexes(doc.text, doc.published, timeml_ranges=True)
    timexes = timex_tags(found, dated=doc.published is not None)
    events = event_tags(doc, _non_overlapping(found))
    tags = sorted(timexes + events, key=lambda t: t.start)
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n', TIMEML_OPEN, "\n"]
    parts.append(f"<DOCID>{escape(doc.doc)}</DOCID>\n")
    if doc.published is not None:
        parts.append(f"<DCT>{_element(dct_tag(doc.published), escape(doc.published))}</DCT>\n")
    if doc.title:
        parts.append(f"<TITLE>{escape(doc.title)}</TITLE>\n")
    parts += ["<TEXT>", inline(doc.text, tags), "</TEXT>\n</TimeML>\n"]
    return TimemlFile(file_name(doc), "".join(parts), len(timexes), len(events))


def file_name(doc: StoredText) -> str:
    """A safe name unique per document: a slug of the file's name (letters, digits, ``_``; a
    container entry's ``#L3`` included), then the document id."""
    slug = _UNSAFE_NAME.sub("-", Path(doc.path).name).strip("-")[:60].strip("-")
    return f"{slug}-{doc.doc}.tml" if slug else f"{doc.doc}.tml"


def dct_tag(published: str) -> Tag:
    attrs = {"tid": DCT_ID, "type": "DATE", "value": published, "temporalFunction": "false"}
    return Tag(0, 0, "TIMEX3", {**attrs, "functionInDocument": "CREATION_TIME"})


def timex_tags(found: list[Timex], *, dated: bool) -> list[Tag]:
    """TIMEX3 elements t1, t2, ... in text order. A relative date or time is a temporal function of
    its anchor: ``t0`` (the DCT) for a dct-anchored one, the TIMEX3 it was counted from for a
    narrative one when that expression is in the file. A DURATION or SET value is a length or a
    frequency, the same whatever it is counted from: no function."""
    kept = _non_overlapping([t for t in found if t.type in TIMEML_TYPES])
    ids = {(t.start, t.end): f"t{i}" for i, t in enumerate(kept, 1)}
    tags = []
    for t in kept:
        relative = t.anchor is not None and t.type in POINT_TYPES
        function = "true" if relative else "false"
        attrs = {"tid": ids[t.start, t.end], "type": t.type, "value": t.value}
        attrs |= {"temporalFunction": function, "functionInDocument": "NONE"}
        anchor = _anchor_id(t, ids, dated) if relative else None
        tags.append(Tag(t.start, t.end, "TIMEX3", attrs | ({"anchorTimeID": anchor} if anchor else {})))
    return tags


def _anchor_id(t: Timex, ids: dict[tuple[int, int], str], dated: bool) -> str | None:
    if t.anchor == "dct":
        return DCT_ID if dated else None
    if t.anchor == "narrative" and t.anchor_start is not None and t.anchor_end is not None:
        return ids.get((t.anchor_start, t.anchor_end))
    return None


def _non_overlapping(found: list[Timex]) -> list[Timex]:
    """The tagger's expressions never overlap; kept so, as inline XML cannot nest crossing spans."""
    kept: list[Timex] = []
    for t in sorted(found, key=lambda t: (t.start, -t.end)):
        if t.end > t.start and (not kept or t.start >= kept[-1].end):
            kept.append(t)
    return kept


def event_tags(doc: StoredText, timexes: list[Timex]) -> list[Tag]:
    """EVENT elements e1, e2, ... for the stored triggers whose file offsets map into the clean body
    exactly (the same characters) and that are words, not time expressions: a fact dated through an
    age ("Soleimani, 58") has the age as its trigger, a reported day has the day; ``timexes`` are the
    tagger's, ages included, in text order."""
    segments = sorted(doc.segments, key=lambda s: s.orig_start)
    starts, ends = [t.start for t in timexes], [t.end for t in timexes]
    tags: list[Tag] = []
    for trigger in doc.triggers:
        is_word = trigger.type not in NOT_EVENTS and any(c.isalpha() for c in trigger.text)
        span = clean_span(doc.text, segments, trigger) if is_word else None
        if span is None or _overlaps(span, starts, ends) or (tags and span[0] < tags[-1].end):
            continue
        attrs = {"eid": f"e{len(tags) + 1}", "class": EVENT_CLASS.get(trigger.type, "OCCURRENCE")}
        tags.append(Tag(span[0], span[1], "EVENT", attrs))
    return tags


def clean_span(text: str, segments: list[Segment], trigger: StoredTrigger) -> tuple[int, int] | None:
    """The clean-text span of a trigger given in file offsets (``segments`` in file order), when one
    copied segment holds it whole and the body reads the same characters there; else None."""
    i = bisect_right(segments, trigger.start, key=lambda s: s.orig_start) - 1
    if i < 0 or trigger.end > segments[i].orig_start + segments[i].length:
        return None
    start = segments[i].clean_start + trigger.start - segments[i].orig_start
    end = start + trigger.end - trigger.start
    return (start, end) if text[start:end] == trigger.text else None


def _overlaps(span: tuple[int, int], starts: list[int], ends: list[int]) -> bool:
    """Whether ``span`` overlaps one of the sorted, non-overlapping time expressions."""
    i = bisect_right(ends, span[0])  # the first one ending after the span starts
    return i < len(starts) and starts[i] < span[1]


def inline(text: str, tags: list[Tag]) -> str:
    """``text`` escaped, with each (non-overlapping, sorted) tag wrapped around its span."""
    out, pos = [], 0
    for tag in tags:
        out += [escape(text[pos : tag.start]), _element(tag, escape(text[tag.start : tag.end]))]
        pos = tag.end
    out.append(escape(text[pos:]))
    return "".join(out)


def _element(tag: Tag, content: str) -> str:
    attrs = "".join(f' {name}="{escape(value)}"' for name, value in tag.attrs.items())
    return f"<{tag.name}{attrs}>{content}</{tag.name}>"


def escape(text: str) -> str:
    """Text or attribute value as XML 1.0 reads it back unchanged, offsets included: characters XML
    cannot carry become U+FFFD, one for one; a carriage return is a character reference."""
    return _NOT_XML.sub("\ufffd", text).translate(_ESCAPES)
