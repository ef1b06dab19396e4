"""Candidate answers read from retrieved sentences: their time expressions, entity mentions,
numbers and appositions, weighted by retrieval score and nearness to the question's trigger."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from caseboard.query.ask_records import (
    DATE,
    DESCRIPTION,
    NUMBER,
    PERSON,
    PLACE,
    Candidate,
    Citation,
    Question,
)
from caseboard.query.ask_syntax import descriptions
from caseboard.query.ask_values import number_key, number_phrases, text_key
from caseboard.query.search import SearchHit
from caseboard.query.search_index import stem_words
from caseboard.store import Store
from caseboard.store import search as search_store
from caseboard.store.search import SentenceKey

PLACE_LABELS = ("GPE", "LOC", "FAC")
PRONOUN = re.compile(r"\b(he|she|his|her|him)\b", re.IGNORECASE)
FOLLOWING = 0.4  # weight factor of the sentence after one naming the entity ("he ...")
UNTRIGGERED = 0.2  # weight factor of a sentence without any trigger word of the question
NEAR = 60.0  # characters: the distance at which nearness halves a candidate's weight
WORDS = re.compile(r"\w[\w'’-]*")
NUMBER_NEAR = 20.0  # numbers sit right beside what they count
ELLIPTIC = 0.5  # "2,000 fighters died; 8,000 were wounded": the noun only before the number
AGE_AFTER_NAME = re.compile(r"\s*(?:,|\()\s*(\d{1,3})\s*(?:,|\)|$)")
CLAUSE_BREAK = re.compile(r"[;:—]")
NOUN_WORDS = 7  # words after a number among which the counted noun must be
LOCATIVE = re.compile(r"\b(in|at|near|outside|inside|from|of|to|into)\s+(the\s+)?$", re.IGNORECASE)
UNMARKED_PLACE = 0.4  # a place not introduced by a preposition ("a US drone") is rarely the answer


def sentence_candidates(
    store: Store,
    question: Question,
    hits: list[SearchHit],
    named: set[SentenceKey],
    rows: SentenceRows | None = None,
) -> list[Candidate]:
    """Typed candidates of every hit; ``named`` are the hits that name an asked entity; ``rows``
    the stored rows of (at least) the hits' sentences, when the caller shares them."""
    from caseboard.query.ask_dates import attributive, lemma_positions, relation_stems

    if not hits:
        return []
    rows = rows or SentenceRows(store, [(h.doc, h.sentence) for h in hits])
    top = max(h.score for h in hits) or 1.0
    triggers = trigger_stems(question)
    asked = set(stem_words(list(question.triggers)))  # the question's own words, not their relations
    groups = trigger_groups(question)
    related = relation_stems(question)
    found: list[Candidate] = []
    for hit in hits:
        key = (hit.doc, hit.sentence)
        anchors = trigger_positions(hit.quote, triggers)
        if question.type == DATE:
            tokens = rows.of("tokens", hit)
            anchors = sorted(set(anchors) | set(lemma_positions(hit, tokens, triggers)))
            anchors = [a for a in anchors if not attributive(a, hit, tokens, related)]
        if triggers and not anchors and question.type != DESCRIPTION:
            continue
        weight = hit.score / top * (1.0 if anchors or not triggers else UNTRIGGERED)
        if question.entities and key not in named and not PRONOUN.search(hit.quote):
            continue  # neither names the asked entity nor refers back to it
        weight *= 1.0 if key in named or not question.entities else FOLLOWING
        weight *= 0.4 + 0.6 * coverage(hit.quote, groups)
        for candidate in extract(rows, question, hit, anchors, weight, asked):
            candidate.sent = hit.sentence
            found.append(candidate)
    return found


@dataclass(slots=True)
class SentenceRows:
    """The stored rows of the retrieved sentences, fetched once per table."""

    store: Store
    keys: list[SentenceKey]
    tables: dict[str, dict[SentenceKey, list[dict[str, Any]]]] = field(default_factory=dict)

    def of(self, table: str, hit: SearchHit) -> list[dict[str, Any]]:
        return self.at(table, (hit.doc, hit.sentence))

    def at(self, table: str, key: SentenceKey) -> list[dict[str, Any]]:
        if table not in self.tables:
            fetch = {"mentions": search_store.mentions_in, "timexes": search_store.timexes_in,
                     "tokens": search_store.tokens_in}[table]  # fmt: skip
            self.tables[table] = by_sentence(fetch(self.store, self.keys))
        return self.tables[table].get(key, [])


def by_sentence(rows: list[dict[str, Any]]) -> dict[SentenceKey, list[dict[str, Any]]]:
    grouped: dict[SentenceKey, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[(row["doc"], row["sent"])].append(row)
    return grouped


def trigger_stems(question: Question) -> set[str]:
    from caseboard.query.ask_question import RELATIONS

    words = list(question.triggers)
    for rel in question.relations:
        words += RELATIONS[rel]
    return set(stem_words(words)) - {""}


def trigger_groups(question: Question) -> list[set[str]]:
    """One set of stems per question word; a relation word stands for its whole relation group."""
    from caseboard.query.ask_question import RELATION_OF, RELATIONS

    groups = []
    for word in question.triggers:
        words = RELATIONS[RELATION_OF[word]] if word in RELATION_OF else (word,)
        groups.append(set(stem_words(list(words))))
    return groups


def coverage(text: str, groups: list[set[str]]) -> float:
    """The share of the question's words (or their relation group) that the sentence has."""
    if not groups:
        return 1.0
    stems = set(stem_words(WORDS.findall(text)))
    return sum(1 for g in groups if g & stems) / len(groups)


def trigger_positions(text: str, stems: set[str]) -> list[int]:
    """Character positions (in the sentence) of the words whose stem is a trigger."""
    if not stems:
        return []
    matches = list(WORDS.finditer(text))
    found = stem_words([m.group() for m in matches])
    return [m.start() for m, stem in zip(matches, found, strict=True) if stem in stems]


def nearness(position: int, anchors: list[int], scale: float = NEAR) -> float:
    if not anchors:
        return 0.5
    distance = min(abs(position - a) for a in anchors)
    return 1.0 / (1.0 + distance / scale)


def cite(hit: SearchHit) -> Citation:
    return Citation(hit.doc, hit.path, hit.outlet, hit.quote, hit.start, hit.end)


def extract(
    rows: SentenceRows, question: Question, hit: SearchHit, anchors: list[int], weight: float, asked: set[str]
) -> list[Candidate]:
    """``asked``: the stems of the question's own trigger words (``names_other_happening``)."""
    if question.type == DATE:
        from caseboard.query.ask_dates import date_candidates

        return date_candidates(rows.of("timexes", hit), rows.of("tokens", hit), hit, anchors, weight, asked)
    if question.type == NUMBER:
        return number_candidates(rows, question, hit, anchors, weight)
    mentions = rows.of("mentions", hit)
    if question.type in (PLACE, PERSON):
        labels = PLACE_LABELS if question.type == PLACE else ("PERSON",)
        return mention_candidates(question, hit, mentions, labels, anchors, weight)
    return [
        Candidate(text, DESCRIPTION, text_key(text), cite(hit), weight)
        for text in descriptions(question, hit, mentions, rows.of("tokens", hit))
    ]


def appositive_ages(question: Question, hit: SearchHit, mentions: list[dict[str, Any]]) -> list[str]:
    """ "Name, 58," and "Name (62)": the age newspapers put right after a person's name."""
    found = []
    for m in mentions:
        if is_asked(m, question):
            match = AGE_AFTER_NAME.match(hit.quote[m["end"] - hit.start :])
            if match:
                found.append(match.group(1))
    return found


def is_asked(mention: dict[str, Any], question: Question) -> bool:
    text = mention["text"].lower()
    for entity in question.entities:
        names = {entity.name.lower(), entity.surface.lower()} - {""}
        if mention["entity"] == entity.id or any(n in text or text in n for n in names):
            return True
    return False


def mention_candidates(
    question: Question, hit: SearchHit, mentions: list[dict[str, Any]], labels: tuple[str, ...],
    anchors: list[int], weight: float,
) -> list[Candidate]:  # fmt: skip
    found = []
    for m in mentions:
        if not is_answer_mention(m, labels) or is_asked(m, question):
            continue
        key = m["entity"] or text_key(m["text"])
        near = nearness(m["start"] - hit.start, anchors)
        if question.type == PLACE:
            near *= 1.0 if LOCATIVE.search(hit.quote[: m["start"] - hit.start]) else UNMARKED_PLACE
        found.append(Candidate(m["text"], question.type, key, cite(hit), weight * near))
    return found


def is_answer_mention(mention: dict[str, Any], labels: tuple[str, ...]) -> bool:
    """A name of the asked kind (by its resolved entity's type, else its mention label)."""
    text = mention["text"]
    return mention["entity_type"] in labels and text[:1].isupper()


def number_candidates(
    rows: SentenceRows, question: Question, hit: SearchHit, anchors: list[int], weight: float
) -> list[Candidate]:
    if question.age:
        ages = [r["value"].split(":")[-1] for r in rows.of("timexes", hit) if r["type"] == "AGE"]
        ages += appositive_ages(question, hit, rows.of("mentions", hit))
        return [Candidate(age, NUMBER, number_key(age), cite(hit), weight) for age in ages]
    noun = stem_words([question.noun])[0] if question.noun else None
    anchors = [a for a in anchors if noun is None or stem_words(WORDS.findall(hit.quote[a:])[:1]) != [noun]]
    found = []
    for start, end, phrase in number_phrases(hit.quote):
        after = stem_words(WORDS.findall(hit.quote[end:])[:NOUN_WORDS])
        counted = noun is None or noun in after
        if not counted and noun not in stem_words(WORDS.findall(hit.quote[:start])):
            continue
        same_clause = [a for a in anchors if not CLAUSE_BREAK.search(hit.quote[min(a, end) : max(a, start)])]
        near = nearness(end, same_clause, NUMBER_NEAR) * (1.0 if counted else ELLIPTIC)
        found.append(Candidate(phrase, NUMBER, number_key(phrase), cite(hit), weight * near))
    return found
