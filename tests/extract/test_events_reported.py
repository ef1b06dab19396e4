"""Reported days: a day the articles name with no recognised happening still gets a timeline entry."""

from __future__ import annotations

from test_events_support import day, rows_for, timex

from caseboard.compare.event_groups import group_events
from caseboard.extract.events import extract_events
from caseboard.extract.events_reported import reported_mentions, unreported_days

DEADLINE = "Thursday was the deadline for the bids. The board met on 12 May to open them."


def deadline_rows(published: str = "2010-05-14", doc_name: str = "t"):
    found = [day(DEADLINE, "Thursday", "2010-05-13"), day(DEADLINE, "12 May", "2010-05-12")]
    return rows_for(DEADLINE, published=published, timexes=found, doc_name=doc_name)


def test_each_named_day_is_reported_once_with_its_sentence_as_evidence():
    rows = deadline_rows()
    reported = {m.date.earliest: m for m in reported_mentions(rows)}
    assert sorted(reported) == ["2010-05-12", "2010-05-13"]
    thursday = reported["2010-05-13"]
    assert thursday.type == "reported"
    assert thursday.quote == "Thursday was the deadline for the bids."
    assert rows.raw_text[thursday.start : thursday.end] == thursday.quote
    assert rows.raw_text[thursday.trigger_start : thursday.trigger_end] == "Thursday"


def test_only_days_no_event_has_are_kept():
    rows = deadline_rows()
    events = extract_events(rows)
    assert any(e.type == "meeting" and e.date.earliest == "2010-05-12" for e in events)
    kept = unreported_days(reported_mentions(rows), events)
    assert [m.date.earliest for m in kept] == ["2010-05-13"]  # "was" is no happening: the day is reported


def test_a_day_after_the_publication_is_planned_and_dropped_once_a_later_article_names_it():
    early = deadline_rows(published="2010-05-12", doc_name="early")
    found = {m.date.earliest: m.date.source for m in reported_mentions(early)}
    assert found == {"2010-05-12": "sentence", "2010-05-13": "planned"}
    alone = unreported_days(reported_mentions(early), [])
    assert ("2010-05-13", "planned") in [(m.date.earliest, m.date.source) for m in alone]
    later = deadline_rows(published="2010-05-14", doc_name="later")
    both = unreported_days([*reported_mentions(early), *reported_mentions(later)], [])
    thursday = [(m.doc, m.date.source) for m in both if m.date.earliest == "2010-05-13"]
    assert thursday == [(later.doc, "sentence")]


def test_now_reports_the_publication_day():
    text = "The well is now leaking less oil."
    now = timex(text, "now", "DATE", "PRESENT_REF", "unknown", "2010-06-02", "2010-06-02")
    (mention,) = reported_mentions(rows_for(text, published="2010-06-02", timexes=[now]))
    assert (mention.date.value, mention.date.granularity) == ("2010-06-02", "day")


def test_the_articles_reporting_a_day_form_one_group_per_day():
    one, two = deadline_rows(doc_name="one"), deadline_rows(doc_name="two")
    groups = group_events([*reported_mentions(one), *reported_mentions(two)])
    days = sorted((g.date.earliest, len(g.documents)) for g in groups)
    assert days == [("2010-05-12", 2), ("2010-05-13", 2)]
    assert all(g.summary.startswith("reported: ") for g in groups)


def test_a_month_precise_publication_plans_only_the_days_after_its_month_for_facts_and_reported_days():
    text = "The panel questioned the chief executive on 9 June. The hearing resumes on 9 July."
    found = [day(text, "9 June", "2010-06-09"), day(text, "9 July", "2010-07-09")]
    rows = rows_for(text, published="2010-06", timexes=found)
    facts = {m.date.earliest for m in extract_events(rows) if m.type == "other"}
    assert facts == {"2010-06-09"}  # "questioned" on a day the June article may follow; "resumes" is ahead
    reported = {m.date.earliest: m.date.source for m in reported_mentions(rows)}
    assert reported == {"2010-06-09": "sentence", "2010-07-09": "planned"}
