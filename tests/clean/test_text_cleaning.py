"""Unit tests of the flattened-text cleaner: each rule, offsets, and the seed articles."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from caseboard.clean.lines import split_lines
from caseboard.clean.text import clean_text
from caseboard.clean.text_rules import bio_author, byline_names, is_person_name
from caseboard.clean.widgets import credit_suffix, widget_reason
from caseboard.config import load_config
from caseboard.records import CleanDocument, RawDocument

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "examples" / "soleimani").glob("*.txt"))
PAGES = sorted((ROOT / "tests" / "fixtures" / "clean_text").glob("*.txt"))
CFG = load_config().clean

PARAGRAPH = (
    "The council confirmed on Tuesday that the bridge will close for repairs, and that the work "
    "is expected to last for at least six months."
)
PARAGRAPH_2 = (
    "Residents said they were worried about the diversion, which adds four miles to the journey "
    "to the station for people who live on the east bank."
)


def raw_of(text: str, path: str = "t.txt") -> RawDocument:
    data = text.encode("utf-8")
    return RawDocument(path, hashlib.sha256(data).hexdigest(), text, "text", "utf-8")


def clean(text: str) -> CleanDocument:
    return clean_text(raw_of(text), CFG)


def reasons(doc: CleanDocument) -> dict[str, str]:
    return {doc.raw.text[r.start : r.end]: r.reason for r in doc.removed}


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# --------------------------------------------------------------------------- offsets


@pytest.mark.parametrize("path", SEEDS + PAGES, ids=lambda p: p.name)
def test_every_span_reads_back_from_the_original(path: Path) -> None:
    raw = raw_of(path.read_bytes().decode("utf-8"), str(path))
    doc = clean_text(raw, CFG)
    assert doc.segments, "no body kept"
    for seg in doc.segments:
        assert (
            doc.text[seg.clean_start : seg.clean_start + seg.length]
            == raw.text[seg.orig_start : seg.orig_start + seg.length]
        )
    assert doc.text == "\n".join(raw.text[s.orig_start : s.orig_start + s.length] for s in doc.segments)
    for cap in doc.captions:
        assert raw.text[cap.start : cap.end] == cap.text and cap.text == cap.text.strip()
    for rem in doc.removed:
        assert 0 <= rem.start < rem.end <= len(raw.text)
        assert raw.text[rem.start : rem.end] == raw.text[rem.start : rem.end].strip()


@pytest.mark.parametrize("path", SEEDS + PAGES, ids=lambda p: p.name)
def test_every_non_blank_line_is_accounted_for_once(path: Path) -> None:
    raw = raw_of(path.read_bytes().decode("utf-8"), str(path))
    doc = clean_text(raw, CFG)
    starts = [s.orig_start for s in doc.segments] + [c.start for c in doc.captions]
    starts += [r.start for r in doc.removed if r.reason != "photo-credit" or r.start in _line_starts(raw)]
    assert sorted(starts) == sorted(set(starts))
    assert set(starts) == _line_starts(raw)


def _line_starts(raw: RawDocument) -> set[int]:
    return {line.start for line in split_lines(raw.text)}


def test_crlf_nbsp_lines_and_bullets_keep_exact_offsets() -> None:
    text = f"Title of the piece here\r\n\r\n\u00a0\r\n{PARAGRAPH}\r\n\u00a0 \r\n  • {PARAGRAPH_2}\r\n"
    doc = clean(text)
    assert doc.text == f"{PARAGRAPH}\n{PARAGRAPH_2}"
    second = doc.segments[1]
    assert text[second.orig_start : second.orig_start + second.length] == PARAGRAPH_2
    assert all(text[r.start : r.end].strip() for r in doc.removed)
    assert "\r" not in doc.text


# --------------------------------------------------------------------------- rules


def test_caption_printed_twice_is_kept_once_and_its_credit_removed() -> None:
    cap = "The mayor opens the new bridge in May (Photo: AFP)"
    doc = clean(page("Bridge reopens after long repairs", PARAGRAPH, f"{cap}\n{cap}", PARAGRAPH_2))
    assert [c.text for c in doc.captions] == ["The mayor opens the new bridge in May"]
    got = reasons(doc)
    assert got["(Photo: AFP)"] == "photo-credit" and got[cap] == "duplicate"
    assert "mayor" not in doc.text


def test_near_duplicate_caption_with_credit_suffix() -> None:
    cap = "Workers on the deck of the bridge, March 2, 2023."
    doc = clean(
        page("Bridge reopens after long repairs", PARAGRAPH, f"{cap}\n{cap}Credit: Reuters", PARAGRAPH_2)
    )
    assert [c.text for c in doc.captions] == [cap]
    assert reasons(doc)[f"{cap}Credit: Reuters"] == "duplicate"


def test_title_byline_and_standfirst() -> None:
    doc = clean(
        "Menu\nNews\n\nRiver bridge to close for six months\n"
        "A long diversion will add miles to the journey for many\n"
        f"By Jane Doe and John O'Neil, Transport Correspondents\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
    )
    assert doc.meta.title == "River bridge to close for six months"
    assert doc.meta.authors == ["Jane Doe", "John O'Neil"]
    assert doc.text.startswith("A long diversion")
    assert reasons(doc)["Menu"] == "navigation"


def test_byline_patterns() -> None:
    assert byline_names("Posted on 3 May 2022 by Tom Okafor") == ["Tom Okafor"]
    assert byline_names("Author: Ana de la Cruz") == ["Ana de la Cruz"]
    assert byline_names("Shot by police") == []
    assert is_person_name("Raz Zimmt") and not is_person_name("Water Authority News")
    assert not is_person_name("Baghdad, Iraq")


def test_author_note_names_the_author_when_there_is_no_byline() -> None:
    assert bio_author("Elena Marsh is a science writer based in Stockholm.") == "Elena Marsh"
    assert (
        bio_author("Dr. Jane Roe, a senior correspondent for the paper, is the author of two books.")
        == "Jane Roe"
    )
    assert bio_author("John Smith is a professor of history at the university.") is None
    note = "Jane Roe is a staff writer covering transport."
    doc = clean(page("River bridge to close for six months", PARAGRAPH, PARAGRAPH_2, note))
    assert doc.meta.authors == ["Jane Roe"] and doc.text.endswith(note)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share on Facebook", "share-widget"),
        ("Send in e-mailSend in e-mail", "share-widget"),
        ("Sign up to our daily newsletter", "subscription"),
        ("Already signed up? LOG IN", "login"),
        ("Manage cookie preferences", "cookie-banner"),
        ("Skip to main content", "navigation"),
        ("Advertisement", "advertisement"),
        ("12 comments", "comments"),
        ("© 2023 Example Media. All rights reserved.", "footer-widget"),
    ],
)
def test_widget_lines_are_scored_by_vocabulary(line: str, reason: str) -> None:
    assert widget_reason(split_lines(line)[0]) == reason


def test_prose_mentioning_widget_words_is_not_a_widget() -> None:
    line = (
        "Shares of the company fell after it said it would sign up fewer subscribers than expected this year."
    )
    assert widget_reason(split_lines(line)[0]) is None


def test_credit_suffix_patterns() -> None:
    assert credit_suffix("A view of the lake. REUTERS/Jane Roe/File Photo") == len("A view of the lake.")
    assert credit_suffix("The minister in Paris (Photo: Getty Images)") == len("The minister in Paris")
    assert credit_suffix("He said the picture was taken in 2019.") is None


def test_headings_short_sentences_and_colon_lists_stay_in_the_body() -> None:
    text = page(
        "River bridge to close for six months",
        PARAGRAPH,
        "What residents say",
        PARAGRAPH_2,
        "It's a start.",
        "Key facts about the project:\nCapacity of 45 million gallons a day\nAbout 150 jobs at peak",
        PARAGRAPH,
    )
    doc = clean(text)
    for kept in (
        "What residents say",
        "It's a start.",
        "Key facts about the project:",
        "About 150 jobs at peak",
    ):
        assert kept in doc.text.split("\n")


def test_infobox_and_references_are_removed_but_recorded() -> None:
    text = page(
        "Jane Roe",
        "From the free encyclopedia",
        "Jane Roe\nBorn12 May 1950\nLondon, England\nDied3 June 2020\nNationalityBritish",
        PARAGRAPH,
        PARAGRAPH_2,
        PARAGRAPH,
        "References",
        "Smith, J. (2001). A history of bridges. London: Example Press.",
    )
    doc = clean(text)
    got = reasons(doc)
    assert doc.meta.title == "Jane Roe"
    assert got["Born12 May 1950"] == "infobox" and got["London, England"] == "infobox"
    assert got["References"] == "references" and got[text.rstrip().splitlines()[-1]] == "references"
    assert "Born" not in doc.text and "history of bridges" not in doc.text


def test_teaser_block_in_another_script_and_end_widgets() -> None:
    text = page(
        "River bridge to close for six months",
        PARAGRAPH,
        PARAGRAPH_2,
        "Automatic approval of subscriber comments.",
        "Читайте также",
        "Why Some Birds Migrate at Night",
        "Наука",
        "The Forgotten Observatories of the Baltic",
    )
    doc = clean(text)
    assert doc.text == f"{PARAGRAPH}\n{PARAGRAPH_2}"
    assert reasons(doc)["Наука"] in ("related-teasers", "comments")


def test_pull_quote_repeating_the_body_is_a_duplicate() -> None:
    quote = '"We went from a sky that was orange at the horizon to one that is nearly natural,"'
    text = page(
        "Night sky returns to the valley", PARAGRAPH, f"{quote} said an astronomer.", quote, PARAGRAPH_2
    )
    doc = clean(text)
    assert reasons(doc)[quote] == "duplicate"
    assert doc.text.count("orange at the horizon") == 1


# --------------------------------------------------------------------------- seeds


def _seed(prefix: str) -> CleanDocument:
    path = next(p for p in SEEDS if p.name.startswith(prefix))
    return clean_text(raw_of(path.read_text("utf-8"), str(path)), CFG)


def test_seed_titles_authors_and_reasons() -> None:
    haaretz = _seed("003")
    assert haaretz.meta.title == "America's Secret Partner in Iran"
    assert haaretz.meta.authors == ["Zvi Bar'el"]
    assert "LOG IN" not in haaretz.text and "Auschwitz" not in haaretz.text
    wiki = _seed("004")
    assert wiki.meta.title == "Qasem Soleimani"
    assert {"infobox", "references", "duplicate"} <= {r.reason for r in wiki.removed}
    ynet = _seed("000")
    assert ynet.meta.title is not None and ynet.meta.title.startswith("Israel")
    assert len(ynet.captions) == 13
    assert "Ronen Bergman" in ynet.meta.authors
    assert "פרסום" not in ynet.text and "(Photo:" not in ynet.text


def test_empty_and_tiny_documents() -> None:
    assert clean("").text == "" and clean("").removed == []
    assert clean(" \n\u00a0\n").removed == []
    assert clean("Short note here.").text == "Short note here."
    doc = clean("Title of a thing\n\nOne short paragraph that is a sentence.\n")
    assert doc.meta.title == "Title of a thing"
    assert doc.text == "One short paragraph that is a sentence."
