"""The timeline of the seeds: dated events with evidence that reads back from the original text."""

from __future__ import annotations

import shutil

import pytest

from caseboard.config import load_config
from caseboard.errors import InputError
from caseboard.extract.events_stage import events_stage
from caseboard.query.timeline import timeline
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


def test_undated_events_are_listed_only_on_request(store):
    with_undated = timeline(store, include_undated=True)
    assert len(with_undated) > len(timeline(store))
    assert any(e.when.startswith("before ") for e in with_undated)


def test_statements_are_left_out_unless_asked_for(store):
    default = timeline(store)
    everything = timeline(store, include_statements=True)
    assert not [e for e in default if e.type == "statement"]
    assert [e for e in everything if e.type == "statement"]


def test_summaries_show_canonical_names_of_linked_participants(store):
    names = dict(store.query("SELECT id, name FROM entities WHERE type = 'PERSON'"))
    linked = [a for e in timeline(store) for _, a in e.participants if a.entity in names]
    assert linked
    assert sum(a.shown == names[a.entity] for a in linked) >= 0.8 * len(linked)


def test_participants_are_named_entities_never_bare_pronouns(store):
    for entry in timeline(store):
        for _, arg in entry.participants:
            assert arg.text.casefold() not in {"he", "she", "his", "her", "they", "those", "it"}
