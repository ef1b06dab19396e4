"""resolve_entities end to end on small hand-written mention batches."""

from __future__ import annotations

import random
from dataclasses import replace

from caseboard.records import Entity, Mention
from caseboard.resolve import parse_overrides, resolve_entities
from caseboard.resolve.core import Resolution
from caseboard.resolve.names import Name, clean_name


def mentions_of(
    doc: str, sentence: str, *spans: tuple[str, str], sent: int = 0, offset: int = 0
) -> list[Mention]:
    """Mentions for each (text, label), located in ``sentence`` (first occurrence after the previous)."""
    out, pos = [], 0
    for text, label in spans:
        start = sentence.index(text, pos)
        pos = start + len(text)
        out.append(
            Mention(f"{doc}:{offset + start}", doc, offset + start, offset + pos, text, label, sent, sentence)
        )
    return out


def entity_of(res: Resolution, mention: Mention) -> str:
    return res.links[mention.id]


def same(res: Resolution, a: Mention, b: Mention) -> bool:
    return res.links[a.id] == res.links[b.id]


def entity(res: Resolution, mention: Mention) -> Entity:
    """The entity the mention resolves to."""
    return next(e for e in res.entities if e.id == entity_of(res, mention))


def org_name(text: str) -> Name:
    """``text`` cleaned as an organisation-like mention's name (never None)."""
    cleaned = clean_name(text, org_like=True)
    assert cleaned is not None, text
    return cleaned


def test_surname_resolves_to_full_name_in_document_and_types_by_vote() -> None:
    ms = mentions_of(
        "d1",
        "Gen. Qasem Soleimani flew to Damascus. Soleimani met Assad; Soleimani’s aide stayed.",
        ("Qasem Soleimani", "PERSON"),
        ("Damascus", "GPE"),
        ("Soleimani", "GPE"),
        ("Soleimani", "PERSON"),
    )
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[2]) and same(res, ms[0], ms[3])
    assert not same(res, ms[0], ms[1])
    person = entity(res, ms[0])
    assert person.type == "PERSON" and person.name == "Qasem Soleimani"
    assert person.mention_count == 3 and person.documents == {"d1": 3}


def test_ambiguous_surname_is_left_alone() -> None:
    ms = mentions_of(
        "d1",
        "Imad Mughniyeh and his son Jihad Mughniyeh: Mughniyeh was the target.",
        ("Imad Mughniyeh", "PERSON"),
        ("Jihad Mughniyeh", "PERSON"),
        ("Mughniyeh", "PERSON"),
    )
    ms += mentions_of("d2", "Mughniyeh was seen in Beirut.", ("Mughniyeh", "PERSON"))
    res = resolve_entities(ms)
    assert len({entity_of(res, m) for m in ms[:3]}) == 3
    assert not same(res, ms[3], ms[0]) and not same(res, ms[3], ms[1])


def test_distinct_people_sharing_a_token_never_merge_across_documents() -> None:
    ms = mentions_of("d1", "Naim Qassem spoke.", ("Naim Qassem", "PERSON"))
    ms += mentions_of("d2", "Qassem Soleimani listened.", ("Qassem Soleimani", "PERSON"))
    ms += mentions_of(
        "d3", "Ahmad Jibril and Jihad Jibril.", ("Ahmad Jibril", "PERSON"), ("Jihad Jibril", "PERSON")
    )
    ms += mentions_of(
        "d4", "Islamic Jihad and Islamic State.", ("Islamic Jihad", "ORG"), ("Islamic State", "ORG")
    )
    ms += mentions_of(
        "d5", "Kata'ib Hezbollah and Hezbollah.", ("Kata'ib Hezbollah", "PERSON"), ("Hezbollah", "ORG")
    )
    res = resolve_entities(ms)
    assert len({entity_of(res, m) for m in ms}) == len(ms)


def test_spellings_merge_across_documents() -> None:
    ms = mentions_of(
        "d1",
        "Qasem Soleimani and Hezbollah and Mustafa Badreddine.",
        ("Qasem Soleimani", "PERSON"),
        ("Hezbollah", "ORG"),
        ("Mustafa Badreddine", "PERSON"),
    )
    ms += mentions_of(
        "d2",
        "Qassem Suleimani and Hizbullah and Mustafa Badr al-Din.",
        ("Qassem Suleimani", "PERSON"),
        ("Hizbullah", "ORG"),
        ("Mustafa Badr al-Din", "PERSON"),
    )
    res = resolve_entities(ms)
    for a, b in zip(ms[:3], ms[3:], strict=True):
        assert same(res, a, b), (a.text, b.text)
    assert any(d.rule == "spelling-variant" for d in res.decisions)


def test_acronym_definition_and_apposition_and_script_pair() -> None:
    s1 = "The Popular Mobilization Forces (PMF, Hashd al-Shaabi) grew; the PMF paid salaries."
    ms = mentions_of("d1", s1, ("Popular Mobilization Forces", "ORG"), ("PMF", "ORG"))
    ms += mentions_of("d2", "Commanders of the Hashd al-Shaabi met.", ("Hashd al-Shaabi", "ORG"))
    s3 = "Abu Mahdi al-Muhandis, also known as Jamal Jaafar Ibrahim, died."
    ms += mentions_of("d3", s3, ("Abu Mahdi al-Muhandis", "PERSON"), ("Jamal Jaafar Ibrahim", "PERSON"))
    ms += mentions_of("d4", "Qasem Soleimani (قاسم سلیمانی) visited.", ("Qasem Soleimani", "PERSON"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and same(res, ms[0], ms[2])
    assert same(res, ms[3], ms[4])
    soleimani = entity(res, ms[5])
    assert "قاسم سلیمانی" in soleimani.aliases
    rules = {d.rule for d in res.decisions}
    assert {"acronym-definition", "known-as"} <= rules


def test_given_name_after_honorific_and_typo_with_context() -> None:
    s = "Qasem Soleimani arrived. His men called him Haj Qassem. A caption read Soleimnai."
    ms = mentions_of(
        "d1", s, ("Qasem Soleimani", "PERSON"), ("Haj Qassem", "PERSON"), ("Soleimnai", "PERSON")
    )
    ms += mentions_of("d2", "Soleimnai is a name with no context here.", ("Soleimnai", "PERSON"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and same(res, ms[0], ms[2])


def test_norp_is_not_merged_into_gpe() -> None:
    ms = mentions_of(
        "d1",
        "Iran and Iranian officers and Iranians.",
        ("Iran", "GPE"),
        ("Iranian", "NORP"),
        ("Iranians", "NORP"),
    )
    res = resolve_entities(ms)
    assert len({entity_of(res, m) for m in ms}) == 3
    assert {e.type for e in res.entities} == {"GPE", "NORP"}


def test_non_name_labels_are_left_unresolved() -> None:
    ms = mentions_of(
        "d1", "On 3 January 2020 two drones struck.", ("3 January 2020", "DATE"), ("two", "CARDINAL")
    )
    assert resolve_entities(ms).links == {}


def _batch() -> list[Mention]:
    ms = mentions_of(
        "d1",
        "Qasem Soleimani met Hassan Nasrallah; Soleimani left.",
        ("Qasem Soleimani", "PERSON"),
        ("Hassan Nasrallah", "PERSON"),
        ("Soleimani", "PERSON"),
    )
    ms += mentions_of(
        "d2", "Qassem Soleimani and Hezbollah.", ("Qassem Soleimani", "PERSON"), ("Hezbollah", "ORG")
    )
    return ms


def test_ids_do_not_depend_on_input_order() -> None:
    ms = _batch()
    shuffled = ms[:]
    random.Random(3).shuffle(shuffled)
    first, second = resolve_entities(ms), resolve_entities(shuffled)
    assert first.links == second.links
    assert sorted(e.id for e in first.entities) == sorted(e.id for e in second.entities)


def test_unrelated_document_does_not_change_ids() -> None:
    ms = _batch()
    before = resolve_entities(ms).links
    extra = mentions_of("d3", "Angela Merkel visited Paris.", ("Angela Merkel", "PERSON"), ("Paris", "GPE"))
    after = resolve_entities(ms + extra).links
    assert all(after[k] == v for k, v in before.items())


def test_overrides_same_and_different_by_name_and_id() -> None:
    ms = _batch()
    base = resolve_entities(ms)
    apart = resolve_entities(ms, parse_overrides("different: Qasem Soleimani | Qassem Soleimani\n"))
    assert same(base, ms[0], ms[3]) and not same(apart, ms[0], ms[3])
    assert any(d.action == "keep-apart" and d.rule == "override-different" for d in apart.decisions)
    nasrallah_id = entity_of(base, ms[1])
    joined = resolve_entities(ms, parse_overrides(f"same: id:{nasrallah_id} | Hezbollah  # test\n"))
    assert same(joined, ms[1], ms[4])
    assert any(d.rule.startswith("override-same") for d in joined.decisions)


def test_moved_mentions_keep_entity_ids() -> None:
    ms = _batch()
    moved = [replace(m, start=m.start + 100, end=m.end + 100) for m in ms]
    ids = {e.name: e.id for e in resolve_entities(ms).entities}
    assert ids == {e.name: e.id for e in resolve_entities(moved).entities}
