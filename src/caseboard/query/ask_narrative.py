"""Evidence a single sentence does not hold: a happening told right after the sentence that names
the asked person and dates the scene ("In January 2015, sensors followed a convoy with X. Planes
hit and killed the two of them."), and a person written as the son of a namesake ("X Jr.")."""

from __future__ import annotations

import re
from typing import Any

from caseboard.query.ask_evidence import EVENT_TYPES, EVENT_WEIGHT, asked_is_patient
from caseboard.query.ask_question import known_names
from caseboard.query.ask_records import DATE, Candidate, Citation, Question, QuestionEntity
from caseboard.query.ask_values import date_key, format_value, overlaps
from caseboard.store import Store
from caseboard.store import search as search_store
from caseboard.store.search import SentenceKey

JUNIOR = re.compile(r"^(?P<surname>[\w'’-]+)\s*,?\s+(jr\.?|junior)$", re.IGNORECASE)


def junior_sentences(store: Store, entity: QuestionEntity) -> set[SentenceKey]:
    """Sentences calling the asked person "Surname Jr.": the suffix names the son of the better
    known bearer of the surname, so it can mean the asked person only when that is someone else."""
    names = [n for n in (entity.surface, entity.name) if len(n.split()) > 1]
    if entity.type != "PERSON" or not names:
        return set()
    surname = names[0].split()[-1].lower()
    index = known_names(store)
    if not any(f"{surname}{suffix}" in index.names for suffix in (" jr.", " jr", ", jr.", " junior")):
        return set()  # no one is called so
    bearers = [(count, id_) for id_, alias, type_, count in index.names.values()
               if type_ == "PERSON" and is_full_name_of(alias, surname)]  # fmt: skip
    if not bearers or max(bearers)[1] == entity.id:
        return set()
    rows = search_store.person_mentions_starting(store, surname)
    return {
        (doc, sent)
        for doc, sent, text in rows
        if (m := JUNIOR.match(text)) and m["surname"].lower() == surname
    }


def is_full_name_of(alias: str, surname: str) -> bool:
    """A first name and ``surname`` ("Imad Mughniyeh" for "mughniyeh"), not the bare surname."""
    words = alias.lower().split()
    return len(words) > 1 and words[-1] == surname


def narrative_candidates(
    store: Store, question: Question, named: dict[str, set[SentenceKey]]
) -> list[Candidate]:
    """Dated happenings of the asked kind in the sentence right after one naming an asked entity,
    whose date the events stage carried from that sentence (date source "narrative"); cited as the
    two sentences, which together state the answer."""
    types = sorted({t for rel in question.relations for t in EVENT_TYPES.get(rel, ())})
    before = set().union(*named.values()) if named else set()
    if question.type != DATE or not types or not before:
        return []
    events = search_store.narrative_event_mentions(store, types)
    rows = [r for r in events if (r["doc"], r["sent"] - 1) in before
            and (r["patient"] is None or asked_is_patient(r, question))]  # fmt: skip
    if not rows:
        return []
    previous = [(r["doc"], r["sent"] - 1) for r in rows]
    timexes: dict[SentenceKey, list[dict[str, Any]]] = {}
    for t in search_store.timexes_in(store, previous):
        timexes.setdefault((t["doc"], t["sent"]), []).append(t)
    sentences = search_store.sentence_rows(store, previous + [(r["doc"], r["sent"]) for r in rows])
    raw = search_store.raw_texts(store, sorted({r["doc"] for r in rows}))
    found = []
    for row, before_key in zip(rows, previous, strict=True):
        dated = [t for t in timexes.get(before_key, []) if t["type"] == "DATE" and holds(t, row)]
        first, second = sentences.get(before_key), sentences.get((row["doc"], row["sent"]))
        if dated and first is not None and second is not None:
            found.append(narrative_candidate(row, first, second, raw[row["doc"]], dated[0]["text"]))
    return found


def holds(timex: dict[str, Any], event: dict[str, Any]) -> bool:
    """The time expression can be the event's date (their intervals overlap)."""
    if not timex["earliest"]:
        return False
    span = (event["earliest"], event["latest"] or event["earliest"])
    return overlaps(span, (timex["earliest"], timex["latest"] or timex["earliest"]))


def narrative_candidate(
    row: dict[str, Any], first: dict[str, Any], second: dict[str, Any], raw: str, wording: str
) -> Candidate:
    """The event's date, cited by the dating sentence and the event's own (``first``, ``second``)."""
    quote = raw[first["start"] : second["end"]]
    cite = Citation(row["doc"], first["path"], first["outlet"], quote, first["start"], second["end"])
    text = format_value(row["date"], row["earliest"], row["latest"]) or wording
    key = date_key(row["earliest"], row["latest"])
    return Candidate(
        text, DATE, key, cite, EVENT_WEIGHT["narrative"], row["earliest"], row["latest"], first["idx"]
    )
