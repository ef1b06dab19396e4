"""Grouping mentions of the same happening across documents."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "extract"))

from dataclasses import replace  # noqa: E402

from test_events_support import rows_for, timex  # noqa: E402

from caseboard.compare.event_groups import group_events  # noqa: E402
from caseboard.extract.events import extract_events  # noqa: E402


def dated_events(text, phrase, iso, doc_name, published=None):
    t = timex(text, phrase, "DATE", iso, "day", iso, iso)
    return extract_events(rows_for(text, timexes=[t], doc_name=doc_name, published=published))


def death_groups(*event_lists):
    return [g for g in group_events([e for events in event_lists for e in events]) if g.type == "death"]


def test_the_same_killing_reported_by_two_documents_is_one_group_keeping_both_versions():
    a = dated_events(
        "John Carter was killed in Kabul on 3 January 2020.", "3 January 2020", "2020-01-03", "a"
    )
    b = dated_events("Rebels killed Carter on January 3, 2020.", "January 3, 2020", "2020-01-03", "b")
    groups = death_groups(a, b)
    assert len(groups) == 1
    group = groups[0]
    assert len(group.documents) == 2
    assert {m.quote for m in group.members} == {a[0].quote, b[0].quote}
    assert group.date.value == "2020-01-03"
    assert group.place.text == "Kabul"
    assert "Carter" in group.summary


def test_an_undated_mention_joins_the_dated_group_it_precedes_the_publication_of():
    a = dated_events(
        "John Carter was killed in Kabul on 3 January 2020.", "3 January 2020", "2020-01-03", "a"
    )
    b = extract_events(rows_for("Rebels killed John Carter.", doc_name="b", published="2020-01-05"))
    groups = death_groups(a, b)
    assert len(groups) == 1
    assert groups[0].date.source == "sentence"


def test_different_dates_are_different_happenings():
    a = dated_events("John Carter was killed on 3 January 2020.", "3 January 2020", "2020-01-03", "a")
    b = dated_events("John Carter was killed on 9 March 2021.", "9 March 2021", "2021-03-09", "b")
    assert len(death_groups(a, b)) == 2


def test_different_participants_or_places_are_different_happenings():
    a = dated_events(
        "John Carter was killed in Kabul on 3 January 2020.", "3 January 2020", "2020-01-03", "a"
    )
    b = dated_events(
        "Maria Lopez was killed in Kabul on 3 January 2020.", "3 January 2020", "2020-01-03", "b"
    )
    c = dated_events("John Carter was killed in Lima on 3 January 2020.", "3 January 2020", "2020-01-03", "c")
    assert len(death_groups(a, b)) == 2
    assert len(death_groups(a, c)) == 2


def test_group_ids_are_stable_and_every_mention_is_in_exactly_one_group():
    a = dated_events(
        "John Carter was killed in Kabul on 3 January 2020.", "3 January 2020", "2020-01-03", "a"
    )
    b = dated_events("Police arrested Maria Lopez on 3 January 2020.", "3 January 2020", "2020-01-03", "b")
    first, second = group_events(a + b), group_events(list(reversed(a + b)))
    assert sorted(g.id for g in first) == sorted(g.id for g in second)
    assert sorted(m.id for g in first for m in g.members) == sorted(m.id for m in a + b)


def meeting_groups(*event_lists):
    return [g for g in group_events([e for events in event_lists for e in events]) if g.type == "meeting"]


def test_a_meetings_parties_match_in_any_role():
    visit = dated_events("Barack Obama visited Louisiana on 2 May 2010.", "2 May 2010", "2010-05-02", "a")
    talk = dated_events(
        "Fishermen held a meeting with Barack Obama on 2 May 2010.", "2 May 2010", "2010-05-02", "b"
    )
    roles = [(m.agent.text, m.patient.text) for m in visit if m.type == "meeting"]
    assert roles == [("Barack Obama", "Louisiana")]
    assert [(m.agent, m.patient.text) for m in talk if m.type == "meeting"] == [(None, "Barack Obama")]
    assert [len(g.documents) for g in meeting_groups(visit, talk)] == [2]
    one = dated_events("Hassan Nasrallah met Qasem Soleimani on 3 May 2015.", "3 May 2015", "2015-05-03", "c")
    two = dated_events("Qasem Soleimani met Hassan Nasrallah on 3 May 2015.", "3 May 2015", "2015-05-03", "d")
    assert [len(g.documents) for g in meeting_groups(one, two)] == [2]


def met(text, phrase, iso, doc_name):
    return dated_events(f"{text} on {phrase}.", phrase, iso, doc_name)


def test_meetings_with_different_partners_or_far_apart_are_different_meetings():
    one = met("Hassan Nasrallah met Qasem Soleimani", "3 May 2015", "2015-05-03", "a")
    other = met("Hassan Nasrallah met Bashar al-Assad", "3 May 2015", "2015-05-03", "b")
    later = met("Qasem Soleimani met Hassan Nasrallah", "9 June 2019", "2019-06-09", "c")
    assert [len(g.documents) for g in meeting_groups(one, other)] == [1, 1]
    assert [len(g.documents) for g in meeting_groups(one, later)] == [1, 1]


def test_an_attack_and_the_death_it_caused_are_one_entry_citing_both():
    a = dated_events(
        "John Carter was killed by a rebel airstrike in Kabul on 3 January 2020.",
        "3 January 2020",
        "2020-01-03",
        "a",
    )
    b = dated_events(
        "On 3 January 2020, a rebel drone struck John Carter.", "3 January 2020", "2020-01-03", "b"
    )
    text = "In January 2020, Carter was murdered in a drone strike at Kabul airport."
    month = timex(text, "January 2020", "DATE", "2020-01", "month", "2020-01-01", "2020-01-31")
    c = extract_events(rows_for(text, timexes=[month], doc_name="c"))
    groups = group_events([*a, *b, *c])
    assert [g.type for g in groups] == ["death"]
    (group,) = groups
    assert sorted({m.type for m in group.members}) == ["attack", "death"]
    assert group.documents == sorted({a[0].doc, b[0].doc, c[0].doc})
    assert group.summary.startswith("death of John Carter (killed)")


def test_an_attack_on_another_target_or_loosely_dated_is_its_own_entry():
    a = dated_events(
        "John Carter was killed in Kabul on 3 January 2020.", "3 January 2020", "2020-01-03", "a"
    )
    b = dated_events("On 3 January 2020, rebels attacked Herat.", "3 January 2020", "2020-01-03", "b")
    c = dated_events("Rebels attacked John Carter in 2020.", "2020", "2020", "c")
    c = [replace(e, date=replace(e.date, earliest="2020-01-01", latest="2020-12-31")) for e in c]
    assert sorted(g.type for g in group_events([*a, *b, *c])) == ["attack", "attack", "death"]


def test_different_counts_of_victims_are_different_happenings():
    a = dated_events(
        "Militants killed five American soldiers on 20 January 2007.", "20 January 2007", "2007-01-20", "a"
    )
    b = dated_events(
        "On 20 January 2007, 13 American soldiers died in a helicopter crash.",
        "20 January 2007",
        "2007-01-20",
        "b",
    )
    c = dated_events(
        "Five American soldiers were killed on 20 January 2007.", "20 January 2007", "2007-01-20", "c"
    )
    groups = sorted(len(g.members) for g in death_groups(a, b, c))
    assert groups == [1, 2]
