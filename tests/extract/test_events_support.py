"""Helpers for the events tests: parse small texts with the real model, place given time expressions."""

from __future__ import annotations

from dataclasses import replace

from caseboard.annotate import load_nlp, to_annotated
from caseboard.config import load_config
from caseboard.extract.events_records import DocumentRows
from caseboard.records import CleanDocument, Metadata, RawDocument, Segment, Timex, content_id


def timex(
    text: str, phrase: str, type_: str, value: str, granularity: str, earliest=None, latest=None
) -> Timex:
    """A time expression located at the first occurrence of ``phrase`` in ``text``."""
    start = text.index(phrase)
    return Timex(start, start + len(phrase), phrase, type_, value, granularity, earliest, latest, None)


def day(text: str, phrase: str, iso: str) -> Timex:
    """A DATE expression of one day (``iso``) at ``phrase``."""
    return timex(text, phrase, "DATE", iso, "day", iso, iso)


def year(text: str, phrase: str) -> Timex:
    """A DATE expression of the year ``phrase`` ("2004")."""
    return timex(text, phrase, "DATE", phrase, "year", f"{phrase}-01-01", f"{phrase}-12-31")


def rows_for(
    text: str, *, published: str | None = None, timexes: list[Timex] = (), doc_name: str = "t"
) -> DocumentRows:
    cfg = load_config()
    sha = content_id(doc_name, text, length=64)
    raw = RawDocument(path=doc_name, sha256=sha, text=text, kind="text", encoding="utf-8")
    clean = CleanDocument(raw, text, [Segment(0, 0, len(text))], [], [], Metadata(published=published))
    ann = to_annotated(load_nlp(cfg.annotate.model)(text), clean, frozenset(cfg.annotate.labels))
    doc = raw.doc_id
    stamped = [replace(t, doc=doc) for t in timexes]
    return DocumentRows(doc, text, published, ann.sentences, ann.tokens, ann.mentions, stamped)
