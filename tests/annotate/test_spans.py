"""Entity spans tidied before they become mentions (caseboard.annotate.spans)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from caseboard.annotate import load_nlp
from caseboard.annotate.spans import entity_spans, token_texts
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


def test_family_name_after_an_untagged_given_name_is_that_persons_full_name(nlp) -> None:  # noqa: ANN001
    """The seeds: "the son of Abu Jihad, Ahmad Jibril" tagged, "The martyr Jihad Jibril" not:
    marking "Jibril" alone there would make Jihad Jibril's mentions his father's."""
    text = ("Jihad Jibril – the son of Ahmad Jibril – was killed. The martyr Jihad Jibril asked them. "
            "Jibril said so. President Jibril spoke.")  # fmt: skip
    doc = tagged(nlp, text, ("Ahmad Jibril", "PERSON"))
    found = texts(entity_spans(doc, LABELS))  # at the text's start "Jihad" may not be a name: nothing
    assert found == [("Ahmad Jibril", "PERSON"), ("Jihad Jibril", "PERSON"), ("Jibril", "PERSON"),
                     ("Jibril", "PERSON")]  # fmt: skip


def test_plural_possessive_read_as_a_quote_mark_still_splits(nlp) -> None:  # noqa: ANN001
    doc = tagged(nlp, "The death of the Revolutionary Guards’ Quds Force commander.",
                 ("the Revolutionary Guards’ Quds Force", "ORG"))  # fmt: skip
    assert texts(entity_spans(doc, LABELS)) == [("the Revolutionary Guards", "ORG"), ("Quds Force", "ORG")]
    doc = tagged(nlp, "Fans of the Beatles' Apple Corps waited.", ("the Beatles' Apple Corps", "ORG"))
    assert texts(entity_spans(doc, LABELS)) == [("the Beatles", "ORG"), ("Apple Corps", "ORG")]


def test_person_cut_at_a_non_breaking_space_or_an_inner_title_is_one_name(nlp) -> None:  # noqa: ANN001
    doc = tagged(nlp, "Secretary-General Hassan\u00a0Nasrallah’s deputy, Naim Qassem, spoke.",
                 ("Hassan", "PERSON"), ("Nasrallah", "PERSON"), ("Naim Qassem", "PERSON"))  # fmt: skip
    assert texts(entity_spans(doc, LABELS)) == [
        ("Hassan\u00a0Nasrallah", "PERSON"),
        ("Naim Qassem", "PERSON"),
    ]
    doc = tagged(nlp, "Izz El-Deen Sheikh Khalil of Hamas died; Bush, Putin met.", ("Izz El-Deen", "PERSON"),
                 ("Khalil", "PERSON"), ("Hamas", "ORG"), ("Bush", "PERSON"), ("Putin", "PERSON"))  # fmt: skip
    found = texts(entity_spans(doc, LABELS))
    assert found == [
        ("Izz El-Deen Sheikh Khalil", "PERSON"),
        ("Hamas", "ORG"),
        ("Bush", "PERSON"),
        ("Putin", "PERSON"),
    ]


def test_arabic_article_and_name_left_outside_a_person_join_it(nlp) -> None:  # noqa: ANN001
    doc = tagged(nlp, "Forces led by Shiite leader Muqtada a-Sadr stopped.", ("Muqtada", "PERSON"))
    assert texts(entity_spans(doc, LABELS)) == [("Muqtada a-Sadr", "PERSON")]
    doc = tagged(nlp, "He met Muqtada a day later.", ("Muqtada", "PERSON"))
    assert texts(entity_spans(doc, LABELS)) == [("Muqtada", "PERSON")]


def test_heading_words_the_body_never_writes_are_not_names(nlp) -> None:  # noqa: ANN001
    text = ("Direct Confrontation\n\nOn January 3, 2020, a drone targeted Soleimani.\n\n"
            "The Hizbullah Model Copied in Iraq\n\nHizbullah sent instructors to Iraq.")  # fmt: skip
    doc = tagged(nlp, text, ("Direct Confrontation", "ORG"), ("Soleimani", "PERSON"), ("Hizbullah", "ORG"),
                 ("Iraq", "GPE"), ("Hizbullah", "ORG"), ("Iraq", "GPE"))  # fmt: skip
    found = texts(entity_spans(doc, LABELS))
    assert ("Direct Confrontation", "ORG") not in found
    assert (
        found.count(("Hizbullah", "ORG")) == 2 and found.count(("Iraq", "GPE")) == 2
    )  # the body writes them


def test_capitalised_word_for_a_body_or_a_title_is_not_a_name(nlp) -> None:  # noqa: ANN001
    text = ("Hezbollah’s Unit 1800 grew; the unit trained. Apple sold an apple. "
            "Supreme Leader Khamenei was the supreme leader.")  # fmt: skip
    doc = tagged(
        nlp, text, ("Hezbollah’s Unit", "ORG"), ("Apple", "ORG"), ("Supreme", "ORG"), ("Khamenei", "PERSON")
    )
    assert texts(entity_spans(doc, LABELS)) == [
        ("Hezbollah", "ORG"),
        ("Apple", "ORG"),
        ("Khamenei", "PERSON"),
    ]


def test_arabic_word_for_an_armed_group_opens_its_name(nlp) -> None:  # noqa: ANN001
    text = "Militias such as Kata'ib Hezbollah, Liwaa Abu Fadl Al-Abbas and Hezbollah fought."
    doc = tagged(
        nlp,
        text,
        ("Hezbollah", "ORG"),
        ("Liwaa", "GPE"),
        ("Abu Fadl Al-Abbas", "PERSON"),
        ("Hezbollah", "ORG"),
    )
    assert texts(entity_spans(doc, LABELS)) == [
        ("Kata'ib Hezbollah", "ORG"),  # not a mention of Hezbollah
        ("Liwaa Abu Fadl Al-Abbas", "ORG"),
        ("Hezbollah", "ORG"),
    ]


def test_token_texts_are_the_tokens_texts(nlp) -> None:  # noqa: ANN001
    text = "Qassem Soleimani's convoy left\nBaghdad  airport; Soleimani died. Café «Hezbollah» said so.\n\n"
    doc = nlp(text)
    assert token_texts(doc) == [t.text for t in doc]
    assert token_texts(nlp("")) == []
