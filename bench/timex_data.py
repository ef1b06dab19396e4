"""Readers for bench/timex.py: TempEval-3 TimeML files and MEANTIME CAT XML files.

Both give a ``Doc``: the plain text, the document creation time (DCT) and the gold TIMEX3
spans (offsets into that text) with their type and value.

MEANTIME (NewsReader, 120 English WikiNews articles) stores tokens only, so the text is
rebuilt from them: no space before closing punctuation and clitics ("," "'s" "n't"), none
after opening ones ("(" "$"), Penn quotes (`` '') as '"' (plain ones open and close in
turn), a hyphen token glued to its neighbours ("Wal - Mart" -> "Wal-Mart"), one line per
sentence.  The dateline (sentence 1,
"March 01 , 2008") is the DCT (its CREATION_TIME value, else the dateline read as a date),
as TempEval's DCT outside the TEXT: it is dropped from the text and its CREATION_TIME TIMEX3
is not scored.  Only the title, the dateline and the first four body sentences (sentences
0-5) are annotated, in every layer (the NewsReader guidelines' scope; no TIMEX3, entity or
event mention lies beyond them), so the text stops there: the tagger reads in text order,
so what follows could not change its output on them, only add unscorable predictions.
TIMEX3 elements without tokens (values implied by the annotators, e.g. the end point of a
duration) are not text and are not scored.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from caseboard.export.timeml_read import read_timeml

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "...", "-", "/"}
_CLITIC = re.compile(r"(?i:'s|'re|'ve|'ll|'d|'m|n't|')$")
_NO_SPACE_AFTER = {"(", "[", "{", "``", "-", "/", "$", "US$", "CA$", "A$", "#", "£", "€"}
_QUOTES = {"``": '"', "''": '"'}
ANNOTATED_SENTENCES = 6  # MEANTIME: title, dateline, four body sentences
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


@dataclass(slots=True)
class Span:
    start: int
    end: int
    type: str
    value: str


@dataclass(slots=True)
class Doc:
    name: str
    text: str
    dct: str | None
    gold: list[Span]


def is_dev(name: str) -> bool:
    """TempEval-3 development half: file-name hash even (the odd half is dev2 and held out)."""
    return split_of(name) == "dev"


def split_of(name: str) -> str:
    """A TempEval-3 file's split: "dev" (hash even, developed on since the first round), "dev2"
    (hash odd with its second bit clear: opened for development in the third round) or
    "held-out" (hash odd, second bit set: never inspected)."""
    last = hashlib.sha256(name.encode()).digest()[-1]
    if last % 2 == 0:
        return "dev"
    return "dev2" if (last >> 1) % 2 == 0 else "held-out"


def corpus_files(folder: Path) -> list[Path]:
    """The TimeML files of a TempEval-3 folder, each document once.

    TBAQ-cleaned ships 256 documents, but its ``testpipeline/`` folder (the toolkit's pipeline
    check) holds a byte-identical copy of ``TimeBank/AP900815-0044.tml``: counted twice, that
    document would weigh double in every figure.  A file whose bytes equal an earlier file's
    (in sorted path order) is left out."""
    seen: set[str] = set()
    kept: list[Path] = []
    for path in sorted(folder.glob("*/*.tml")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            kept.append(path)
    return kept


def read_tml(path: Path) -> Doc:
    """The TEXT of a TimeML file with tags removed, its TIMEX3 spans and its DCT value
    (``caseboard.export.timeml_read``, the reader the TimeML export is tested with)."""
    found = read_timeml(path.read_text("utf-8"))
    gold = [
        Span(t.start, t.end, t.attrs.get("type", ""), t.attrs.get("value", "")) for t in found.of("TIMEX3")
    ]
    return Doc(path.name, found.text, found.dct, gold)


def _glue(prev: str | None, token: str) -> str:
    """The separator between two MEANTIME tokens."""
    if prev is None:
        return ""
    if token in _NO_SPACE_BEFORE or _CLITIC.fullmatch(token) or prev in _NO_SPACE_AFTER:
        return ""
    return " "


def detokenize(sentences: list[list[tuple[str, str]]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Text from (t_id, token) sentences, and each token's character span in it."""
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    length = 0
    for sentence in sentences:
        if parts:
            parts.append("\n")
            length += 1
        prev, quoting = None, False
        for t_id, surface_token in sentence:
            token = surface_token
            if token == '"':  # a plain quote: opening or closing, in turn
                token, quoting = ("''" if quoting else "``"), not quoting
            sep = _glue(prev, token)
            surface = _QUOTES.get(token, token)
            parts += [sep, surface]
            length += len(sep)
            spans[t_id] = (length, length + len(surface))
            length += len(surface)
            prev = token
    return "".join(parts), spans


def _dateline_dct(tokens: list[str]) -> str | None:
    """The DCT of a MEANTIME file whose dateline has no CREATION_TIME TIMEX3 ("April 27 , 2005")."""
    try:
        return datetime.strptime(" ".join(tokens), "%B %d , %Y").date().isoformat()
    except ValueError:
        return None


def read_cat(path: Path) -> Doc:
    """A MEANTIME CAT XML file: text rebuilt from its tokens, DCT from the dateline, gold TIMEX3."""
    root = ET.parse(path).getroot()
    sentences: dict[str, list[tuple[str, str]]] = {}
    for tok in root.iter("token"):
        if int(tok.get("sentence", "0")) >= ANNOTATED_SENTENCES:
            continue
        sentences.setdefault(tok.get("sentence", "0"), []).append((tok.get("t_id", ""), tok.text or ""))
    dateline = sentences.pop("1", [])
    text, spans = detokenize(list(sentences.values()))
    dct = None
    gold: list[Span] = []
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id", "") for a in tx.iter("token_anchor")]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = tx.get("value")
        elif ids and all(i in spans for i in ids):
            start, end = min(spans[i][0] for i in ids), max(spans[i][1] for i in ids)
            gold.append(Span(start, end, tx.get("type", ""), tx.get("value", "")))
    if dct is None or not _ISO_DAY.fullmatch(dct):  # one file has "03-02-2009" for February 03, 2009
        dct = _dateline_dct([t for _, t in dateline])
    return Doc(path.name, text, dct, sorted(gold, key=lambda s: s.start))
