"""Publication dates from paths and URLs, the choice among date candidates, and outlets that must
look like names: checked on lines and excerpts of Timeline17 articles (tests/fixtures/clean_metadata)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseboard.clean.metadata import enrich, publication_date
from caseboard.clean.metadata_dates import DateFound, choose, publication_label
from caseboard.clean.metadata_outlet import (
    byline_outlet,
    copyright_owner,
    domain_line,
    looks_like_outlet,
    top_site_line,
    url_host,
    wiki_name,
    wire_agency,
)
from caseboard.clean.metadata_path import path_date, url_date
from caseboard.clean.text import clean_text
from caseboard.config import load_config
from caseboard.ingest.readers import read_plain
from caseboard.records import RawDocument, SourceHints

FIXTURES = Path(__file__).parents[1] / "fixtures" / "clean_metadata"
CFG = load_config()


def cleaned(relative: str):
    """The cleaner's output before ``enrich`` fills the metadata."""
    raw = next(iter(read_plain(str(FIXTURES / relative), "text", CFG.ingest)))
    return clean_text(raw, CFG.clean)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("timeline17/haiti_bbc/InputDocs/2010-01-21/1538.htm.txt", ("2010-01-21", "day", "2010-01-21")),
        ("corpus/story_20100601.txt", ("2010-06-01", "day", "20100601")),
        ("site/2010/06/01/spill.txt", ("2010-06-01", "day", "2010/06/01")),
        ("site/2010/06/spill.txt", ("2010-06", "month", "2010/06")),
    ],
)
def test_path_dates_keep_their_span(path, expected):
    found = path_date(path)
    assert (found.value, found.precision, path[found.start : found.end]) == expected


@pytest.mark.parametrize(
    "path",
    [
        "examples/soleimani/000_5f6a6901afb38d45.txt",  # hex digits are not a date
        "x/20101301.txt",  # no 13th month
        "x/abc20100601.txt",  # glued to letters: an id, not a date
        "crawl-2020-01-01.jsonl#L3",  # a container's name dates the crawl
        "/2024-01-01/a/b/c/d.txt",  # far above the file: not the article's folder
        "scans/1940-05-10/page.txt",  # older than web news
    ],
)
def test_paths_without_a_publication_date(path):
    assert path_date(path) is None


def test_url_dates_read_the_url_path_only():
    url = "https://www.theguardian.com/business/2010/jun/01/bp-oil-spill"
    found = url_date(url)
    assert (found.value, url[found.start : found.end]) == ("2010-06-01", "2010/jun/01")
    assert url_date("https://x.example/story?d=20100601") is None
    assert url_date(None) is None


@pytest.mark.parametrize(
    ("line", "marked"),
    [
        ("Published: 3 January 2020", True),
        ("Last updated: 5 January 2020", True),
        ("Date: 2019-11-18", True),
        ("Date of birth: 3 March 1957", False),
        ("פרסום ראשון: 07.04.18, 01:00", False),  # a label in another language: a weaker signal
    ],
)
def test_publication_labels(line, marked):
    assert publication_label(line) is marked


def test_a_marked_date_wins_even_against_the_path():
    dateline = DateFound("2009-04-25", "day", "dateline", 0, 30)
    path = DateFound("2009-04-26", "day", "path", 5, 15)
    assert choose([dateline, path]) == dateline


def test_the_path_beats_a_weak_guess_and_old_guesses_are_dropped():
    path = DateFound("2009-03-12", "day", "path", 0, 10)
    mentions = DateFound("2009-03", "month", "mentions", 40, 52)
    assert choose([path, mentions]) == path
    assert choose([DateFound("1940", "year", "mentions")]) is None
    assert choose([DateFound("1987-05-02", "day", "labelled")]) is None
    old_but_marked = DateFound("1987-05-02", "day", "published", 3, 20)
    assert choose([old_but_marked]) == old_but_marked


def test_an_agreeing_text_date_makes_a_month_path_more_precise():
    path = DateFound("2010-06", "month", "url", 20, 27)
    label = DateFound("2010-06-03", "day", "labelled", 100, 120)
    assert choose([path, label]) == label
    assert choose([path, DateFound("2011-01-03", "day", "labelled", 100, 120)]) == path


def test_history_in_the_text_does_not_date_an_article():
    clean = cleaned("2009-03-12/1877.htm.txt")  # names May 10, 1940 and nothing later
    found = publication_date(clean)
    assert (found.value, found.source) == ("2009-03-12", "path")
    assert clean.raw.path[found.start : found.end] == "2009-03-12"
    meta = enrich(clean, CFG.clean)
    assert (meta.published, meta.published_precision) == ("2009-03-12", "day")


def test_a_wire_dateline_is_kept_over_the_folder_date():
    clean = cleaned("2009-04-26/275.htm.txt")  # filed a day after its dateline
    found = publication_date(clean)
    assert (found.value, found.source) == ("2009-04-25", "dateline")
    assert "Apr 25 , 2009" in clean.raw.text[found.start : found.end]
    assert enrich(clean, CFG.clean).outlet == "Reuters"


def test_copyright_owner_is_the_outlet_and_prose_about_copyright_is_not():
    meta = enrich(cleaned("2010-05-04/1686.htm.txt"), CFG.clean)
    assert meta.outlet == "Fox News Network"
    assert meta.published == "2010-05-04"  # the folder, over the copyright year


@pytest.mark.parametrize(
    "line",
    [
        "Try reading the actual effing bill , instead of committing a copyright violation .",
        "This content has been removed as our copyright has expired .",
        "All materials herein are protected by United States copyright law and may not be reproduced .",
        "(c) the air quality permits , which were never issued .",
    ],
)
def test_sentences_about_copyright_name_no_outlet(line):
    assert copyright_owner(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "From the air , the thickest parts of the spill resembled rust-colored tentacles"
        " of various thickness .",
        "From 1994 through 1997 , the LPs got paid and paid and paid and paid .",
        "From June 2008 , the podcast is entitled Whole Lot Of Shaky Going On .",
    ],
)
def test_sentences_starting_with_from_are_not_wiki_taglines(line):
    assert wiki_name(line) is None


def test_copyright_notices_name_their_owner():
    assert copyright_owner("© 2010 The Guardian") == "The Guardian"
    assert copyright_owner("Copyright BBC") == "BBC"
    assert copyright_owner("(c) 2010 Reuters. All rights reserved.") == "Reuters"
    assert copyright_owner("Copyright 2010. All rights reserved.") is None


def test_datelines_and_bylines_name_the_agency():
    assert wire_agency("GENEVA -LRB- Reuters -RRB- - The World Health Organization said .") == "Reuters"
    assert wire_agency("Automatic teller machines -LRB- ATMs -RRB- -- 500 of them -- dispensed .") is None
    line = "By Joe Lynam , BBC business correspondent BP 's shareholders would probably prefer a few years ."
    assert byline_outlet(line) == "BBC"
    assert byline_outlet("By Jane Roe, Reuters") == "Reuters"
    assert byline_outlet("By the way , I am still trying to figure out what it means .") is None


def test_names_domains_and_hosts():
    assert looks_like_outlet("Jerusalem Center for Public Affairs")
    assert looks_like_outlet("the Guardian")
    assert not looks_like_outlet("the air")
    assert not looks_like_outlet("the tax code 's perspective")
    assert not looks_like_outlet("June 2008")
    assert domain_line("www.example.co.uk") == "example.co.uk"
    assert domain_line("Mr.Smith") is None
    assert url_host("https://www.bbc.co.uk/news/1") == "bbc.co.uk"
    assert url_host("not a url") is None


def _text_fixture(name: str):
    path = Path(__file__).parents[1] / "fixtures" / "clean_text" / name
    return clean_text(next(iter(read_plain(str(path), "text", CFG.ingest))), CFG.clean)


def test_the_masthead_names_the_site_and_a_menu_item_does_not():
    assert top_site_line(_text_fixture("blog_post.txt")) == "The Slow Kitchen"
    assert top_site_line(_text_fixture("qa_forum.txt")) == "Stack Overflow"
    wire = _text_fixture("wire_story.txt")  # menu "World, Europe, Americas, Asia Pacific" above the title
    assert top_site_line(wire) is None
    assert enrich(wire, CFG.clean).outlet == "Reuters"  # from "GENEVA, June 12 (Reuters) - ..."


def test_a_jsonl_article_is_dated_by_its_url_and_named_by_its_host():
    text = (FIXTURES / "2009-03-12" / "1877.htm.txt").read_text("utf-8")
    url = "https://www.washingtonpost.com/wp-dyn/content/article/2009/03/11/AR2009031103263.html"
    raw = RawDocument("crawl-2020-01-01.jsonl#L3", "d" * 64, text, "text", "utf-8", SourceHints(url=url))
    clean = clean_text(raw, CFG.clean)
    found = publication_date(clean)
    assert (found.value, found.precision, found.source) == ("2009-03-11", "day", "url")
    assert url[found.start : found.end] == "2009/03/11"
    assert enrich(clean, CFG.clean).outlet == "washingtonpost.com"
