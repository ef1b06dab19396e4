"""Entity listings and profiles on the seeds' caseboard, as a reader checks them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from caseboard.api import Caseboard
from caseboard.errors import InputError
from caseboard.query.entities import entity_examples, entity_profile, find_entity, list_entities


def test_one_person_under_all_spellings(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        ids = {find_entity(store, name) for name in ("Qasem Soleimani", "Qassem Soleimani", "Soleimani")}
        assert len(ids) == 1
        profile = entity_profile(store, "Qassem Soleimani")
    assert profile.entity.type == "PERSON"
    assert {"Qasem Soleimani", "Qassem Soleimani"} <= set(profile.alias_counts)
    assert len(profile.sources) == 5  # every seed mentions him
    assert sum(s.mentions for s in profile.sources) == profile.entity.mention_count


def test_transliterations_merge_and_namesakes_stay_apart(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        assert find_entity(store, "Hezbollah") == find_entity(store, "Hizbullah")
        assert find_entity(store, "Naim Qassem") != find_entity(store, "Qassem Soleimani")
        assert find_entity(store, "Kata'ib Hezbollah") != find_entity(store, "Hezbollah")


def test_fuzzy_lookup_and_unknown_name(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        assert find_entity(store, "Qassem Suleimani") == find_entity(store, "Qasem Soleimani")
        with pytest.raises(InputError, match="no entity matches"):
            find_entity(store, "Zzyzx Quartermaine")


def test_examples_point_at_the_original_text(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        profile = entity_profile(store, "Hezbollah", examples=10)
        raw = dict(store.query("SELECT id, raw_text FROM documents"))
    assert len({x.doc for x in profile.examples}) >= 3  # examples from several sources first
    for x in profile.examples:
        assert raw[x.doc][x.start : x.end] == x.mention
        assert x.mention in x.sentence
    assert profile.related and all(r.id != profile.entity.id for r in profile.related)


def test_examples_alone_are_the_profiles_examples(seeds_board: Caseboard) -> None:
    """The examples-only read gives what the profile gives, under any spelling, and with no limit
    every mention of the entity once."""
    linked = "SELECT count(*) FROM mention_entity WHERE entity = ?"
    with seeds_board.store() as store:
        profile = entity_profile(store, "Hezbollah", examples=7)
        every = entity_examples(store, profile.entity.id, limit=1_000_000)
        mentions = store.query(linked, [profile.entity.id])[0][0]
        assert entity_examples(store, "Hizbullah", limit=7) == profile.examples
        with pytest.raises(InputError):
            entity_examples(store, "")
    assert len(profile.examples) == 7 and every[:7] == profile.examples
    assert len(every) == mentions == len({(x.doc, x.start) for x in every})


def test_listing_by_type_and_order(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        people = list_entities(store, type_="person", top=10)
    assert people and all(e.type == "PERSON" for e in people)
    counts = [e.mention_count for e in people]
    assert counts == sorted(counts, reverse=True)


def test_entity_commands_json(seeds_board: Caseboard) -> None:
    base = [sys.executable, "-m", "caseboard.cli.main"]
    db = ["--db", str(seeds_board.path)]
    out = subprocess.run([*base, "entities", *db, "--type", "ORG", "--top", "5", "--json"],
                         capture_output=True, text=True, check=True)  # fmt: skip
    rows = json.loads(out.stdout)
    assert len(rows) == 5 and all(r["type"] == "ORG" for r in rows)
    command = [*base, "entity", "hizbullah", *db, "--json"]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    profile = json.loads(out.stdout)
    assert profile["entity"]["name"] in ("Hezbollah", "Hizbullah")
    assert profile["examples"] and profile["sources"]
