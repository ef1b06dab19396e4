"""The timeline of the seeds: dated events with evidence that reads back from the original text."""

from __future__ import annotations

import json
import shutil

import pytest

from caseboard.api import Caseboard
from caseboard.config import load_config
from caseboard.errors import InputError
from caseboard.extract.events_dates import is_ahead
from caseboard.extract.events_records import Argument
from caseboard.extract.events_stage import events_stage
from caseboard.query.timeline import Source, TimelineEntry, ranked, timeline, top_entries
from caseboard.query.timeline_entity import EntityFilter, NoEntityMatch, matching_ids
from caseboard.query.timeline_support import DateSupport, date_support
from caseboard.store import Store


@pytest.fixture(scope="module")
def events_db(seeds_board, tmp_path_factory):
    """A copy of the seeds' caseboard with the events stage run on it (the session board stays read-only)."""
    path = tmp_path_factory.mktemp("events") / "seeds.duckdb"
    shutil.copy(seeds_board.path, path)
    with Store(path) as store:
        events_stage(store, load_config())
    return path


@pytest.fixture()
def store(events_db):
    with Store(events_db, read_only=True) as s:
        yield s


def raw_texts(store):
    return dict(store.query("SELECT id, raw_text FROM documents"))


def test_every_entry_is_dated_in_order_and_cites_quotes_found_in_the_original(store):
    entries = timeline(store)
    assert len(entries) >= 20
    keys = [e.earliest or e.latest for e in entries]
    assert keys == sorted(keys)
    raws = raw_texts(store)
    for entry in entries:
        assert entry.date_source != "publication"
        assert entry.sources
        for source in entry.sources:
            assert raws[source.doc][source.start : source.end] == source.quote
            assert source.trigger in source.quote


def test_the_birth_is_on_its_stated_day_and_backed_by_the_age_given_elsewhere(store):
    births = [e for e in timeline(store) if e.type == "birth"]
    stated = [e for e in births if e.date == "1957-03-11"]
    assert stated, [(e.date, e.summary) for e in births]
    assert any(s.date_source == "age" for e in stated for s in e.sources)


def test_the_killing_day_is_on_the_timeline_with_several_sources(store):
    day = [
        e
        for e in timeline(store, date_from="2020-01-03", date_to="2020-01-03")
        if e.type in ("attack", "death")
    ]
    assert day
    assert max(len({s.doc for s in e.sources}) for e in day) >= 2


def test_ages_date_youth_events_from_the_known_birth(store):
    aged = [e for e in timeline(store, date_to="1980") if e.date_source == "age" and e.type != "birth"]
    assert aged
    assert all("1957" < (e.earliest or "") < "1980" for e in aged)


def test_entity_and_date_filters_narrow_the_timeline(store):
    everything = timeline(store)
    about = timeline(store, entity="soleimani")
    window = timeline(store, date_from="2019", date_to="2020-01")
    assert 0 < len(about) < len(everything)
    assert 0 < len(window) < len(everything)
    assert all(e.latest >= "2019-01-01" and e.earliest <= "2020-01-31" for e in window)
    with pytest.raises(InputError):
        timeline(store, date_from="last week")


def test_a_window_that_ends_before_it_starts_is_an_error_not_an_empty_timeline(store):
    with pytest.raises(InputError, match="from 2010 is later than to 2005"):
        timeline(store, date_from="2010", date_to="2005")
    assert timeline(store, date_from="2020-01", date_to="2020"), "a month inside its year is a window"


def test_an_entity_name_matches_its_entity_exactly_before_any_fuzzy_match(store):
    """QA #9: "Hezbollah" also matched the alias "Kata'ib Hezbollah" of another entity."""
    ids = dict(store.query("SELECT name, id FROM entities WHERE name IN ('Hezbollah', 'Kata''ib Hezbollah')"))
    assert len(ids) == 2, ids
    assert matching_ids(store, "hezbollah") == {ids["Hezbollah"]}
    assert ids["Hezbollah"] in matching_ids(store, "Hezbolah"), "a misspelling still finds it, fuzzily"
    wanted = EntityFilter("Hezbollah", frozenset({ids["Hezbollah"]})).wanted
    assert not wanted(Argument("KH base", ids["Kata'ib Hezbollah"]))
    assert wanted(Argument("Hezbollah fighters")), "an unresolved participant matches by its text"
    about = {e.id for e in timeline(store, entity="Hezbollah")}
    linked = {e.id: _member_entities(store, e.id) for e in timeline(store)}
    unresolved = {e: _unresolved_texts(store, e) for e in about}
    said = {e: _sentence_entities(store, e) for e in about}
    assert about and all(
        ids["Hezbollah"] in linked[e] | said[e] or any("hezbollah" in t.lower() for t in unresolved[e])
        for e in about
    ), "each event names Hezbollah: linked, in an unresolved participant's text, or in a source's sentence"
    theirs = {
        e
        for e, found in linked.items()
        if ids["Kata'ib Hezbollah"] in found and ids["Hezbollah"] not in found
    }
    assert theirs, "the demo has an event of Kata'ib Hezbollah (the 2019-12-29 attack on its base)"
    assert not about & theirs


def _unresolved_texts(store, event_id: str) -> set[str]:
    """The texts of the participants its members name that resolved to no entity."""
    rows = store.query(
        "SELECT agent, agent_text, patient, patient_text FROM event_mentions WHERE event = ?", [event_id]
    )
    return {text for r in rows for entity, text in (r[:2], r[2:]) if text and entity is None}


def _sentence_entities(store, event_id: str) -> set[str]:
    """The entities of the mentions inside the sentences its members quote."""
    rows = store.query(
        "SELECT DISTINCT me.entity FROM event_mentions em JOIN mentions m ON m.doc = em.doc "
        'AND m.start >= em.start AND m."end" <= em."end" JOIN mention_entity me ON me.mention = m.id '
        "WHERE em.event = ?",
        [event_id],
    )
    return {entity for (entity,) in rows}


def _member_entities(store, event_id: str) -> set[str | None]:
    """The entity ids of every participant its members name (None for an unresolved one)."""
    rows = store.query(
        "SELECT agent, agent_text, patient, patient_text FROM event_mentions WHERE event = ?", [event_id]
    )
    return {entity for r in rows for entity, text in (r[:2], r[2:]) if text}


def test_a_name_that_matches_nothing_is_an_error_like_caseboard_entity(store):
    with pytest.raises(NoEntityMatch, match="no entity matches 'Nobody'; `caseboard entities` lists them"):
        timeline(store, entity="Nobody")


def test_undated_events_are_listed_only_on_request(store):
    with_undated = timeline(store, include_undated=True)
    assert len(with_undated) > len(timeline(store))
    assert any(e.when.startswith("before ") for e in with_undated)


def test_statements_are_left_out_unless_asked_for(store):
    default = timeline(store)
    everything = timeline(store, include_statements=True)
    assert not [e for e in default if e.type == "statement"]
    assert [e for e in everything if e.type == "statement"]


def test_linked_participants_and_places_carry_their_entity_name_and_type(store):
    """QA #11: name and label were null for every participant and place."""
    entities = {i: (n, t) for i, n, t in store.query("SELECT id, name, type FROM entities")}
    entries = timeline(store, include_undated=True, include_statements=True)
    linked = [a for e in entries for _, a in e.participants if a.entity is not None]
    linked += [e.place for e in entries if e.place is not None and e.place.entity is not None]
    assert len(linked) > 50
    assert all((a.name, a.label) == entities[a.entity] for a in linked)
    persons = [a for a in linked if a.label == "PERSON"]
    assert persons and all(a.shown == a.name for a in persons)


def test_participants_are_named_entities_never_bare_pronouns(store):
    for entry in timeline(store):
        for _, arg in entry.participants:
            assert arg.text.casefold() not in {"he", "she", "his", "her", "they", "those", "it"}


def test_date_support_counts_the_documents_reporting_a_day_not_those_announcing_it(store):
    support = date_support(store)
    rows = store.query(
        "SELECT t.earliest, t.doc, d.published FROM timexes t JOIN documents d ON d.id = t.doc "
        "WHERE t.type = 'DATE' AND t.earliest = t.latest"
    )
    reporting: dict[str, set[str]] = {}
    for day, doc, published in rows:
        if not is_ahead(day, published):  # a month-precise publication is ahead of no day of its month
            reporting.setdefault(day, set()).add(doc)
    assert support.citing == reporting
    assert len(support.citing) >= 10
    assert set(support.published) == {doc for doc, p in store.query("SELECT id, published FROM documents")
                                      if p and len(p) == 10}  # fmt: skip


def test_a_document_published_before_a_day_does_not_report_it(tmp_path):
    lines = [
        {"published": "2010-06-01", "text": "The committee will hold a hearing on 9 June 2010."},
        {"published": "2010-06-10", "text": "The committee held a hearing on 9 June 2010 in Washington."},
    ]
    source = tmp_path / "two.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in lines), "utf-8")
    board = Caseboard(tmp_path / "two.duckdb", cfg=load_config())
    board.build([str(source)])
    with Store(board.path, read_only=True) as two:
        published = dict(two.query("SELECT id, published FROM documents"))
        reporting = date_support(two).citing["2010-06-09"]
    assert [published[doc] for doc in reporting] == ["2010-06-10"]


def test_the_killing_day_that_every_source_cites_leads_the_ranking(store):
    first = ranked(timeline(store), date_support(store))[0]
    assert (first.earliest, first.latest) == ("2020-01-03", "2020-01-03")
    assert first.type in ("attack", "death")


def entry(day: str, docs: list[str], type_: str = "attack") -> TimelineEntry:
    """A day-precise entry stated by ``docs``, one sentence each."""
    sources = [Source(d, d, None, 0, 1, "q", "t", day, "sentence") for d in docs]
    return TimelineEntry(f"{day}{docs}", type_, day, day, day, "day", "sentence", "s", [], None, sources)


def test_only_the_best_entry_of_a_day_gets_the_support_of_the_documents_citing_it():
    busy = [entry("2010-04-20", ["a", "b", "c"]), entry("2010-04-20", ["d"]), entry("2010-04-20", ["e"])]
    quiet = entry("2010-05-02", ["f"])
    support = DateSupport({"2010-04-20": set("abcdxyz"), "2010-05-02": set("fxy")})
    assert support.of(busy[0]) == 4  # x, y, z and d cite the day without being its sources
    order = ranked([*busy, quiet], support)
    assert order[0] is busy[0]
    assert order[1] is quiet  # 1 source + 2 citing beats a second event of the busy day
    assert ranked([*busy, quiet])[0] is busy[0]  # without support: by sources alone


def test_a_statement_weighs_less_than_an_event_stated_by_as_many_sources():
    said, done = entry("2010-04-21", ["a", "b"], "statement"), entry("2010-04-22", ["c", "d"])
    assert ranked([said, done])[0] is done


def test_top_entries_keep_date_order_and_their_number(store):
    entries = timeline(store)
    top = top_entries(entries, 10, date_support(store))
    assert len(top) == 10
    keys = [e.earliest or e.latest for e in top]
    assert keys == sorted(keys)
    assert set(map(id, top)) == set(map(id, ranked(entries, date_support(store))[:10]))


def test_the_api_top_option_returns_what_top_entries_ranks(events_db):
    board = Caseboard(events_db, cfg=load_config())
    top = board.timeline(top=5)
    with Store(events_db, read_only=True) as s:
        expected = top_entries(timeline(s), 5, date_support(s))
    assert [e.id for e in top] == [e.id for e in expected]
    assert len(board.timeline(top=5, date_to="2010")) == 5


def test_entries_of_equal_standing_come_day_precise_then_in_story_order():
    late, early = entry("2010-06-01", ["a"]), entry("2010-04-21", ["b"])
    vague = TimelineEntry("m", "attack", "2010-04", "2010-04-01", "2010-04-30", "month", "sentence", "s", [],
                          None, entry("2010-04", ["c"]).sources)  # fmt: skip
    assert ranked([late, vague, early], DateSupport({})) == [early, late, vague]


def test_a_day_named_without_an_event_is_a_reported_entry_quoting_its_sentences(store):
    entries = timeline(store)
    reported = [e for e in entries if e.type == "reported"]
    assert reported
    happenings = {e.earliest for e in entries if e.type != "reported" and e.earliest == e.latest}
    for e in reported:
        assert e.earliest == e.latest and e.earliest not in happenings
        assert e.summary.startswith("reported: ")
        assert all(s.trigger in s.quote for s in e.sources)


def test_a_planned_day_ranks_below_every_happening():
    planned = entry("2010-07-01", ["a", "b", "c"], "reported")
    planned.date_source = "planned"
    fact = entry("2010-06-01", ["d"], "other")
    assert planned.when == "2010-07-01 (planned)"
    assert ranked([planned, fact], DateSupport({}))[0] is fact


def test_a_day_the_coverage_comes_back_to_outranks_one_named_only_while_it_was_news():
    news, key = entry("2010-06-16", ["a"]), entry("2010-04-22", ["e"])
    citing = {"2010-06-16": set("abcd"), "2010-04-22": set("efg")}
    published = {"a": "2010-06-16", "b": "2010-06-16", "c": "2010-06-17", "d": "2010-06-18",
                 "e": "2010-04-22", "f": "2010-05-20", "g": "2010-07-02"}  # fmt: skip
    support = DateSupport(citing, published)
    assert support.of(news) == 3  # three more articles, all within the day's own news
    assert support.of(key) == 4  # two more articles, published on two later days: 2 + 2
    assert ranked([news, key], support)[0] is key
    assert ranked([news, key], DateSupport(citing))[0] is news  # by citing articles alone


def test_looking_back_needs_a_second_article_and_a_year_at_most():
    alone = entry("2018-02-10", ["a"])
    assert DateSupport({"2018-02-10": {"a"}}, {"a": "2018-04-07"}).of(alone) == 0  # its own past
    birth = entry("1957-03-11", ["a"])
    old = DateSupport({"1957-03-11": {"a", "b"}}, {"a": "2018-04-07", "b": "2019-05-01"})
    assert old.of(birth) == 1  # background history: b cites it, nobody looks back on it as news


def test_a_chronology_shares_its_citations_between_the_days_it_lists():
    told = entry("2010-05-02", ["a"])
    support = DateSupport({"2010-05-02": {"a", "list", "brief"}}, {}, {"list": 40, "brief": 2})
    assert support.of(told) == 1 + 10 / 40
