"""Sentence starts the parser must not make (annotate/sentences.py), on texts the model mis-splits."""

import hashlib

import pytest

from caseboard.annotate import annotate, load_nlp
from caseboard.annotate.sentences import GLUED_STARTS
from caseboard.config import load_config
from caseboard.records import AnnotatedDocument, CleanDocument, Metadata, RawDocument, Segment

# Each of these the model splits without the component (checked by test_the_model_alone_mis_splits).
GLUED = "Iraq’s prime minister, Adel Abdul Mahdi, condemned the strike."
POSSESSIVE = f"The Response\n\n{GLUED}"
PLURAL_POSSESSIVE = "The Response\n\nProtesters’ anger grew after the strike."
AFTER_ABBREVIATION = "The meeting was held at 8:30 a.m. but the talks failed."
QUOTED = 'Soleimani replied "I have nothing to say to these people."[47][48]'
FOOTNOTED = f"{QUOTED} He left the meeting."


def _clean(text: str) -> CleanDocument:
    raw = RawDocument("mem.txt", hashlib.sha256(text.encode()).hexdigest(), text, "text", "utf-8")
    return CleanDocument(raw, text, [Segment(0, 0, len(text))], [], [], Metadata())


def _annotated(text: str) -> AnnotatedDocument:
    cfg = load_config().annotate
    return next(annotate([_clean(text)], load_nlp(cfg.model), cfg))


def _sentences(text: str) -> list[str]:
    return [s.text for s in _annotated(text).sentences]


@pytest.mark.parametrize("text", [POSSESSIVE, PLURAL_POSSESSIVE, AFTER_ABBREVIATION, FOOTNOTED])
def test_the_model_alone_mis_splits(text: str) -> None:
    """Without the component the parser opens a sentence with the clitic, the closing quote or
    the continuation, so the tests below would fail on the bare model."""
    nlp = load_nlp(load_config().annotate.model)
    with nlp.select_pipes(disable=[GLUED_STARTS]):
        starts = [s.text.strip()[:2] for s in nlp(text).sents]
    assert any(start[:1] in ("’", "'", '"') or start[:1].islower() for start in starts), starts


def test_possessive_clitic_stays_with_its_owner() -> None:
    assert _sentences(POSSESSIVE) == ["The Response", GLUED]


def test_glued_sentence_has_one_parse() -> None:
    """The owner is parsed as the possessor inside its sentence, not as a one-word root."""
    tokens = {t.text: t for t in _annotated(POSSESSIVE).tokens}
    iraq, minister = tokens["Iraq"], tokens["minister"]
    assert iraq.dep == "poss" and iraq.head == minister.index
    assert iraq.sent == minister.sent == tokens["condemned"].sent == 1


def test_mention_keeps_the_whole_sentence() -> None:
    (mahdi,) = [m for m in _annotated(POSSESSIVE).mentions if m.text == "Adel Abdul Mahdi"]
    assert (mahdi.sent, mahdi.sentence) == (1, GLUED)


def test_bare_apostrophe_after_a_plural_stays_with_its_owner() -> None:
    assert _sentences(PLURAL_POSSESSIVE) == ["The Response", "Protesters’ anger grew after the strike."]


def test_lower_case_word_continues_after_an_abbreviation() -> None:
    assert _sentences(AFTER_ABBREVIATION) == [AFTER_ABBREVIATION]


def test_closing_quote_with_its_footnote_stays_with_its_sentence() -> None:
    """The quote mark and the footnote markers the tokenizer kept with it close the quotation;
    the next sentence still starts after them."""
    assert _sentences(FOOTNOTED) == [QUOTED, "He left the meeting."]


def test_capitalised_sentence_after_an_abbreviation_still_starts() -> None:
    assert _sentences("The funeral was held in Kerman at 10 a.m. Thousands of mourners attended.") == [
        "The funeral was held in Kerman at 10 a.m.",
        "Thousands of mourners attended.",
    ]


def test_paragraph_break_still_starts_a_sentence() -> None:
    """A lower-case line after an abbreviation is a new paragraph, so a new sentence."""
    assert _sentences("The funeral was held in Kerman at 10 a.m.\n\nthousands of mourners attended.") == [
        "The funeral was held in Kerman at 10 a.m.",
        "thousands of mourners attended.",
    ]


def test_opening_quote_is_not_glued() -> None:
    """An apostrophe opening a quotation follows a space and is followed by its word; the
    closing one stays with its sentence."""
    text = "The strike was a crime. 'We will respond.' The minister left Baghdad."
    assert _sentences(text) == ["The strike was a crime.", "'We will respond.'", "The minister left Baghdad."]
