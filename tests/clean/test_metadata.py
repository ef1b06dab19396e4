"""Publication date, outlet and language filled in from general signals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from caseboard.clean.metadata import detect_language, enrich, publication_date, wiki_name
from caseboard.clean.metadata_dates import (
    copyright_year,
    inferred_from_mentions,
    labelled_date,
    parse_date,
    plausible,
    volume_date,
)
from caseboard.clean.text import clean_text
from caseboard.config import load_config
from caseboard.records import RawDocument, SourceHints

SEEDS = Path(__file__).parents[2] / "examples" / "soleimani"
CFG = load_config().clean


def seed(prefix: str, hints: SourceHints | None = None):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    raw = RawDocument(path.name, "c" * 64, path.read_text("utf-8"), "text", "utf-8", hints or SourceHints())
    return clean_text(raw, CFG)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("פרסום ראשון: 07.04.18, 01:00", ("2018-04-07", "day")),
        ("Published: 3 January 2020", ("2020-01-03", "day")),
        ("Updated Jan. 6, 2020", ("2020-01-06", "day")),
        ("Publié le : 12/05/2019 à 10:15", ("2019-05-12", "day")),
        ("Date: 2019-11-18", ("2019-11-18", "day")),
        ("Posted on March 2015", ("2015-03", "month")),
    ],
)
def test_labelled_dates(line, expected):
    assert labelled_date(line) == expected


def test_a_date_inside_prose_is_not_a_labelled_date():
    assert labelled_date("On January 3, 2020, an American drone targeted the commander of the force.") is None


def test_dotted_dates_are_day_first_and_checked():
    assert parse_date("31.12.2019") == ("2019-12-31", "day")
    assert parse_date("12.31.2019") is None  # no 31st month: not read month-first
    assert parse_date("01.01.1850") is None
    future = date.today().year + 2
    assert parse_date(f"Published: 1 March {future}") is None
    assert not plausible(1899, 12, 31)


def test_copyright_volume_and_mentions():
    assert copyright_year("Copyright © 2000—2019. Example Media") == ("2019", "year")
    assert copyright_year("© 2021 Some Outlet") == ("2021", "year")
    assert volume_date("Vol. 12, No. 3, March 2018") == ("2018-03", "month")
    assert volume_date("Vol. 20, No. 1") is None
    text = "It happened on January 3, 2020. On January 5, 2020 the leader spoke. Back in 1983 too."
    assert inferred_from_mentions(text) == ("2020-01", "month")
    assert inferred_from_mentions("On 3 January 2020 it happened; in 2021 talks resumed.") is None
    assert inferred_from_mentions("Nothing dated here at all.") is None


def test_wiki_line_names_the_site():
    assert wiki_name("From Examplepedia, the free encyclopedia") == "Examplepedia"
    assert wiki_name("From the archives of the museum") is None


def test_language_detection_is_restricted_to_configured_codes():
    codes = tuple(CFG.languages)
    assert detect_language("The council will review the budget at its next meeting in April.", codes) == "en"
    assert detect_language("הגשר נפתח מחדש לתנועה ביום ראשון בבוקר אחרי חודשים של שיפוצים", codes) == "he"
    assert detect_language("   ", codes) is None


def test_seed_dates_come_from_the_text():
    first = enrich(seed("000"), CFG)
    assert (first.published, first.published_precision) == ("2018-04-07", "day")
    brief = enrich(seed("002"), CFG)
    assert (brief.published, brief.published_precision) == ("2020-01", "month")
    assert enrich(seed("001"), CFG).published is None  # only relative dates: no guess
    assert enrich(seed("004"), CFG).published is None  # names a later year than any full date
    assert enrich(seed("003"), CFG).published == "2015"


def test_seed_dates_keep_where_they_were_read():
    clean = seed("000")
    found = publication_date(clean)
    assert (found.value, found.source) == ("2018-04-07", "labelled")
    assert clean.raw.text[found.start : found.end] == "פרסום ראשון: 07.04.18, 01:00"
    brief = seed("002")
    inferred = publication_date(brief)  # the latest day the brief reports on
    assert (inferred.source, brief.raw.text[inferred.start : inferred.end]) == ("mentions", "January 6, 2020")


def test_seed_outlets_and_language():
    assert enrich(seed("004"), CFG).outlet == "ProleWiki"
    assert enrich(seed("002"), CFG).outlet == "Jerusalem Center for Public Affairs"
    assert enrich(seed("000"), CFG).outlet is None  # a kicker repeating the title is not a site name
    assert enrich(seed("001"), CFG).outlet is None  # an unnamed site: no guess
    assert enrich(seed("003"), CFG).outlet is None  # the outlet's name is nowhere in the text
    assert {enrich(seed(p), CFG).language for p in ("000", "001", "002", "003", "004")} == {"en"}


def test_hints_always_win():
    hints = SourceHints(
        url="https://x.example/a", title="Hinted", outlet="Hinted Outlet", published="2019-05"
    )
    meta = enrich(seed("000", hints), CFG)
    assert (meta.title, meta.outlet, meta.url) == ("Hinted", "Hinted Outlet", "https://x.example/a")
    assert (meta.published, meta.published_precision) == ("2019-05", "month")
