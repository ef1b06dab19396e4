"""``timeline --entity`` on the demo: every entry that names the entity, resolved as ``caseboard entity``
resolves the name, and each entry's sources counted as documents (a new user's QA of the demo)."""

from __future__ import annotations

import shutil

import pytest

from caseboard.config import load_config
from caseboard.extract.events_records import Argument, EventDate, EventGroup, EventMention
from caseboard.extract.events_stage import events_stage
from caseboard.query.entities import find_entity
from caseboard.query.timeline import TimelineEntry, timeline
from caseboard.query.timeline_entity import EntityFilter, entity_filter, matching_ids
from caseboard.store import Store


@pytest.fixture(scope="module")
def store(seeds_board, tmp_path_factory):
    path = tmp_path_factory.mktemp("timeline-entity") / "seeds.duckdb"
    shutil.copy(seeds_board.path, path)
    with Store(path) as s:
        events_stage(s, load_config())
    with Store(path, read_only=True) as s:
        yield s


def quoting(entries: list[TimelineEntry], words: str, year: str | None = None) -> list[TimelineEntry]:
    """The entries one of whose sentences contains ``words`` (and whose range starts in ``year``)."""
    return [
        e
        for e in entries
        if any(words in s.quote for s in e.sources) and (year is None or (e.earliest or "").startswith(year))
    ]


def entity_id(store, name: str) -> str:
    return store.query("SELECT id FROM entities WHERE name = ?", [name])[0][0]


def test_mughniyeh_has_every_entry_naming_him_not_only_his_death(store):
    """QA: 1 entry (his death); the barracks, the kidnapping and the raid, the war plan and the mid-2007
    operation name him as a participant or in their sentence."""
    about = timeline(store, entity="Mughniyeh")
    assert quoting(about, "Mughniyeh was assassinated")
    assert quoting(about, "destroyed by an Imad Mughniyeh-led Hizbullah suicide bomber", "1983-10-23")
    assert [e.type for e in quoting(about, "was planned by Imad Mughniyeh", "2006-07-12")] == ["arrest"]
    raid = quoting(about, "under the operational command of Imad Mughniyeh", "2006-07-12")
    assert [e.type for e in raid] == ["attack"]
    assert quoting(about, "co-managed the war plan with Imad Mughniyeh", "2006")
    assert [e.type for e in quoting(about, "gave the CIA his approval", "2007")] == ["decision"]
    assert len(about) >= 7
    [death] = quoting(about, "Mughniyeh was assassinated")
    assert death.entity_match == "participant", "the patient of his own death"
    assert {e.entity_match for e in raid} == {"sentence"}, "the raid's participant is Hezbollah"
    assert {e.entity_match for e in timeline(store)} == {None}, "no --entity, no match"


def test_mughniyeh_is_the_entity_caseboard_entity_shows_not_every_mughniyeh(store):
    """Imad, the Mughniyeh with the most mentions, as ``caseboard entity Mughniyeh`` shows: his son's
    entries (the wreaths at Jihad Mughniyah's grave) are under his own name."""
    imad = entity_id(store, "Imad Mughniyeh")
    assert matching_ids(store, "Mughniyeh") == {find_entity(store, "Mughniyeh")} == {imad}
    assert not quoting(timeline(store, entity="Mughniyeh"), "laid wreaths at the graves")
    jihad = timeline(store, entity="Jihad Mughniyeh")
    assert [e.date for e in quoting(jihad, "laid wreaths at the graves")] == ["2015-01-29"]
    assert not quoting(jihad, "Mughniyeh was assassinated")


def test_soleimani_keeps_every_entry_he_takes_part_in_and_gains_those_naming_him(store):
    """QA: 22 entries, missing the 1979 IRGC joining, 2005, 2010, early 2011, Nov 2014, the 2016 PMF
    meeting and the Dec 2016 photos, whose sentences name him."""
    about = timeline(store, entity="Soleimani")
    me = entity_id(store, "Qasem Soleimani")
    taking_part = {
        event
        for (event,) in store.query(
            "SELECT DISTINCT event FROM event_mentions WHERE agent = ? OR patient = ? OR place = ?", [me] * 3
        )
    }
    listed = {e.id for e in timeline(store)}
    assert taking_part & listed <= {e.id for e in about}, "every entry he takes part in stays"
    assert quoting(about, "Soleimani joined the Revolutionary Guards", "1979")
    assert quoting(about, "Khamenei addressed Soleimani", "2005")
    assert quoting(about, "Soleimani also instructed the al-Mahdi forces", "2010")
    assert quoting(about, "met with a foreign colleague who knows Soleimani", "2011")
    assert quoting(about, "under Soleimani's command pushed ISIS out", "2014-11")
    assert quoting(about, "showed Soleimani attending a meeting", "2016")
    assert quoting(about, "new photos emerged of Soleimani", "2016-12")


def test_a_name_mentioned_only_in_the_evidence_sentences_finds_their_entries(store):
    """QA: al-Khazali and Petraeus returned nothing; no event has them as participant."""
    khazali = timeline(store, entity="Qais al-Khazali")
    assert quoting(khazali, "units trained by Daqduk in 2006 was Qais al-Khazali", "2006")
    assert [e.date for e in quoting(khazali, "Qais al-Khazali's Asa'ib Ahl al-Haq militia")] == ["2007-01-20"]
    petraeus = timeline(store, entity="Petraeus")
    assert [e.date for e in quoting(petraeus, "Gen. David Petraeus, Soleimani wrote")] == ["2008"]
    muhandis = entity_filter(store, "al-Muhandis")
    assert "Abu Mahdi al-Muhandis" in muhandis.names, "resolved as `caseboard entity` resolves it"


def test_kataib_hezbollah_is_not_hezbollah(store):
    """QA: "Kataib Hezbollah" gave four Hezbollah events (a fuzzy match of the substring) while
    ``caseboard entity`` resolves it to Kata'ib Hezbollah."""
    kataib = entity_id(store, "Kata'ib Hezbollah")
    assert matching_ids(store, "Kataib Hezbollah") == {find_entity(store, "Kataib Hezbollah")} == {kataib}
    about = timeline(store, entity="Kataib Hezbollah")
    base = quoting(about, "the Americans attacked a KH base")
    assert [e.date for e in base] == ["2019-12-29", "2020-01-03"], "the attack, and the death it preceded"
    for words in ("Imad Mughniyeh-led Hizbullah", "launched a cross-border raid", "Israeli tour bus"):
        assert quoting(timeline(store, entity="Hezbollah"), words) and not quoting(about, words), words
    spans = entity_filter(store, "Kataib Hezbollah").spans
    named = [e for e in about if any(a.entity == kataib for _, a in e.participants)]
    said = [
        e
        for e in about
        if any(s.start <= a and b <= s.end for s in e.sources for a, b in spans.get(s.doc, ()))
    ]
    assert {e.id for e in named + said} == {e.id for e in about}, "Kata'ib takes part or is in a sentence"


def test_the_death_of_soleimani_counts_its_documents_and_lists_each_sentence_once(store):
    """QA: "20 sources" for 17 distinct sentences of 3 documents, two of one document's listed twice."""
    [death] = [e for e in timeline(store, date_from="2020-01-03", date_to="2020-01-03") if e.type == "death"]
    counts = "count(DISTINCT doc), count(DISTINCT (doc, start)), count(*)"
    sql = f"SELECT {counts} FROM event_mentions WHERE event = ?"
    docs, sentences, mentions = store.query(sql, [death.id])[0]
    assert mentions > sentences > docs >= 3, "the demo tells it in several sentences of several documents"
    assert death.documents == docs
    assert len(death.sources) == len({(s.doc, s.start) for s in death.sources}) == sentences
    assert death.sources_label == f"{sentences} sentences in {docs} sources"


def _mention(doc: str, start: int, end: int, agent: Argument | None = None) -> EventMention:
    return EventMention("m", doc, 0, start, end, "x" * (end - start), "death", "killed", start, start + 1,
                        agent, None, None, EventDate(None, None, None, "year", "sentence"))  # fmt: skip


def test_a_mention_counts_only_inside_the_quoted_sentence():
    names = EntityFilter("X", frozenset({"e1"}), ("X",), {"d": ((5, 9), (40, 44))})
    group = EventGroup("g", "death", EventDate(None, None, None, "year", "sentence"), [], None, "", [])
    assert names.mentioned_in(_mention("d", 0, 10))
    assert not names.mentioned_in(_mention("d", 6, 30)), "a mention starting before the sentence"
    assert not names.mentioned_in(_mention("d", 10, 42)), "a mention running past its end"
    assert not names.mentioned_in(_mention("other", 0, 50)), "another document's mention"
    group.members = [_mention("d", 10, 30), _mention("d", 38, 50)]
    assert names.about(group)
    group.members = [_mention("d", 10, 30, Argument("Y", "e2"))]
    assert not names.about(group)
    group.members = [_mention("d", 10, 30, Argument("X's men"))]
    assert names.about(group), "an unresolved participant written as one of its spellings"
