"""Entity spans tidied before they become mentions (caseboard.annotate.spans)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from caseboard.annotate import load_nlp
from caseboard.annotate.spans import entity_spans
from caseboard.config import load_config

LABELS = frozenset(load_config().annotate.labels)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(load_config().annotate.model)


def tagged(nlp, text: str, *ents: tuple[str, str]) -> Doc:  # noqa: ANN001 - spaCy Language
    """``text`` parsed by the model, with the given (text, label) entities instead of its own."""
    doc = nlp(text)
    spans, pos = [], 0
    for words, label in ents:
        start = text.index(words, pos)
        pos = start + len(words)
        span = doc.char_span(start, pos, label=label)
        assert span is not None, words
        spans.append(span)
    doc.ents = spans
    return doc


def texts(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in spans]


def test_corporate_suffix_joins_its_company(nlp) -> None:  # noqa: ANN001
    doc = tagged(nlp, "Chrysler LLC said that Ford Motor Co. agreed.", ("Chrysler", "ORG"), ("LLC", "ORG"),
                 ("Ford Motor", "ORG"))  # fmt: skip
    assert texts(entity_spans(doc, LABELS)) == [("Chrysler LLC", "ORG"), ("Ford Motor Co.", "ORG")]
    doc = tagged(nlp, "Apple co-founder Steve Jobs spoke.", ("Apple", "ORG"), ("Steve Jobs", "PERSON"))
    assert texts(entity_spans(doc, LABELS)) == [("Apple", "ORG"), ("Steve Jobs", "PERSON")]


def test_name_owned_by_another_is_split_at_the_possessive(nlp) -> None:  # noqa: ANN001
    doc = tagged(nlp, "Apple Computer's Mac OS runs well.", ("Apple Computer's Mac OS", "ORG"))
    assert texts(entity_spans(doc, LABELS)) == [("Apple Computer", "ORG"), ("Mac OS", "ORG")]
    doc = tagged(nlp, "China Eastern's board met.", ("China Eastern's", "ORG"))
    assert texts(entity_spans(doc, LABELS)) == [("China Eastern", "ORG")]
    doc = tagged(nlp, "Shares of McDonald's Corp. rose.", ("McDonald's Corp.", "ORG"))
    assert texts(entity_spans(doc, LABELS)) == [("McDonald's Corp.", "ORG")]  # a company's own name


def test_name_tagged_once_is_marked_where_the_tagger_missed_it(nlp) -> None:  # noqa: ANN001
    text = "Mark Papermaster joined Apple. Later Papermaster left, and the Dow Jones fell as Dow Jones said."
    doc = tagged(nlp, text, ("Mark Papermaster", "PERSON"), ("Apple", "ORG"), ("Dow Jones", "ORG"))
    assert texts(entity_spans(doc, LABELS)) == [
        ("Mark Papermaster", "PERSON"),
        ("Apple", "ORG"),
        ("Papermaster", "PERSON"),
        ("Dow Jones", "ORG"),
        ("Dow Jones", "ORG"),
    ]
    doc = tagged(nlp, "Jobs were lost. Steve Jobs spoke.", ("Steve Jobs", "PERSON"))
    assert texts(entity_spans(doc, LABELS)) == [("Steve Jobs", "PERSON")]  # a common noun stays one
