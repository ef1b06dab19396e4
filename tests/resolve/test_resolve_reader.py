"""Rules found by reading the seeds as a careful reader (issue #3 acceptance), each on the
sentence shapes of the seeds or of similar news text, with its trap."""

from __future__ import annotations

from test_resolve_entities import entity, mentions_of, same  # shared helpers, same folder

from caseboard.records import Mention
from caseboard.resolve import resolve_entities
from caseboard.resolve.core import Resolution
from caseboard.resolve.kinds import kind_of_mentions
from caseboard.resolve.match import names_variant
from caseboard.resolve.names import clean_name


def type_of(res: Resolution, mention: Mention) -> str:
    return entity(res, mention).type


def test_family_name_after_sheikh_joins_the_one_full_name() -> None:
    s = "The reason was Sheikh Ahmed Yassin, who did not want it. When Sheikh Yassin was killed, it ended."
    ms = mentions_of("d1", s, ("Sheikh Ahmed Yassin", "PERSON"), ("Sheikh Yassin", "PERSON"))
    s2 = "Qasem Soleimani and Naim Qassem met; his men called him Haj Qassem."
    ms += mentions_of(
        "d2", s2, ("Qasem Soleimani", "PERSON"), ("Naim Qassem", "PERSON"), ("Haj Qassem", "PERSON")
    )
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1])
    assert same(res, ms[2], ms[4]) and not same(res, ms[3], ms[4])  # the given name comes first


def test_given_name_alone_joins_the_one_full_name_with_it() -> None:
    s = "Vladimir’s partner. The new boss is Vladimir Putin. Imad Mughniyeh and Ali Khamenei met."
    ms = mentions_of("d1", s, ("Vladimir", "PERSON"), ("Vladimir Putin", "PERSON"),
                     ("Imad Mughniyeh", "PERSON"), ("Ali Khamenei", "PERSON"))  # fmt: skip
    s2 = "It was led by Jihad Mughniyeh, Imad’s son, while Ali Larijani spoke. Ali agreed."
    ms += mentions_of("d1", s2, ("Jihad Mughniyeh", "PERSON"), ("Imad", "PERSON"), ("Ali Larijani", "PERSON"),
                      ("Ali", "PERSON"), offset=200)  # fmt: skip
    s3 = "Boeing bought Douglas Aircraft in 1967. Douglas later merged with McDonnell."
    ms += mentions_of("d2", s3, ("Douglas Aircraft", "PERSON"), ("Douglas", "PERSON"))  # the tagger's labels
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and same(res, ms[2], ms[5])
    assert not same(res, ms[7], ms[3]) and not same(res, ms[7], ms[6])  # two Alis: left alone
    assert not same(res, ms[8], ms[9])  # a company's first word is no given name


def test_alias_given_with_aka_inside_parentheses() -> None:
    s = "Among them were Jamal Mahmad Jaafar al-Tamimi (aka Abu Mahdi al-Muhandis), deputy commander."
    ms = mentions_of("d1", s, ("Jamal Mahmad Jaafar al-Tamimi", "ORG"), ("Abu Mahdi al-Muhandis", "PERSON"))
    s2 = "The Islamic State (also known as ISIS or ISIL) grew; ISIS spread."
    ms += mentions_of("d2", s2, ("Islamic State", "ORG"), ("ISIS", "ORG"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and type_of(res, ms[0]) == "PERSON"
    assert same(res, ms[2], ms[3])
    assert "ISIS or ISIL" not in entity(res, ms[2]).aliases


def test_armed_group_names_the_tagger_calls_people_are_organisations() -> None:
    s = "Shia militias such as the Mahdi Army, Kata'ib Hezbollah and Asa'ib Ahl al-Haq grew."
    ms = mentions_of(
        "d1", s, ("Mahdi Army", "ORG"), ("Kata'ib Hezbollah", "PERSON"), ("Asa'ib Ahl al-Haq", "PERSON")
    )
    s2 = "He commanded the Sarollah Division in Saladin Governorate; Hassan Nasrallah spoke."
    ms += mentions_of("d2", s2, ("Sarollah Division", "PERSON"), ("Saladin Governorate", "PERSON"),
                      ("Hassan Nasrallah", "PERSON"))  # fmt: skip
    res = resolve_entities(ms)
    assert [type_of(res, m) for m in ms] == ["ORG", "ORG", "ORG", "ORG", "GPE", "PERSON"]
    assert kind_of_mentions(["Qasem Soleimani", "Kata'ib Hezbollah"]) is None  # half is not most


def test_unit_word_and_its_acronym_after_a_place() -> None:
    s = "Also killed was the commander of the Kataa’b Hizbullah Brigades in Iraq (KH). A KH base was hit."
    ms = mentions_of(
        "d1", s, ("Kataa’b Hizbullah Brigades", "ORG"), ("Iraq", "GPE"), ("KH", "ORG"), ("KH", "ORG")
    )
    s2 = "Kata'ib Hezbollah and Hezbollah fought together."
    ms += mentions_of("d2", s2, ("Kata'ib Hezbollah", "PERSON"), ("Hezbollah", "ORG"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[2]) and same(res, ms[0], ms[3]) and same(res, ms[0], ms[4])
    assert not same(res, ms[0], ms[5]) and not same(res, ms[0], ms[1])
    assert not names_variant(
        clean_name("Hezbollah Brigades"), clean_name("Hezbollah")
    )  # two words must remain


def test_armed_body_by_its_distinctive_word_and_under_its_parent() -> None:
    s = "Soleimani was appointed commander of the IRGC’s unit: The Quds Force. “Quds is a secret force.”"
    ms = mentions_of(
        "d1", s, ("Soleimani", "PERSON"), ("IRGC", "ORG"), ("Quds Force", "ORG"), ("Quds", "ORG")
    )
    s2 = "He used Revolutionary Guards Quds Force instructors; the Quds Force grew."
    ms += mentions_of("d2", s2, ("Revolutionary Guards Quds Force", "ORG"), ("Quds Force", "ORG"))
    s3 = "Apple launched the Apple Worldwide Developers Conference, then Apple grew."
    ms += mentions_of(
        "d3", s3, ("Apple", "ORG"), ("Apple Worldwide Developers Conference", "ORG"), ("Apple", "ORG")
    )
    res = resolve_entities(ms)
    assert same(res, ms[2], ms[3]) and same(res, ms[2], ms[4]) and same(res, ms[4], ms[5])
    assert not same(res, ms[1], ms[2])
    assert not same(res, ms[6], ms[7]) and not same(res, ms[8], ms[7])


def test_possessive_written_without_its_apostrophe() -> None:
    ms = mentions_of("d1", "Qassem Soleimani led the force.", ("Qassem Soleimani", "PERSON"))
    s = "The names were presented to assure Soleimanis consent; Hezbollah and Hezbollahs help."
    ms += mentions_of(
        "d1", s, ("Soleimanis", "NORP"), ("Hezbollah", "ORG"), ("Hezbollahs", "ORG"), sent=1, offset=40
    )
    s2 = "The Iraqis voted; Iraqi officials and Iraq agreed."
    ms += mentions_of("d2", s2, ("Iraqis", "NORP"), ("Iraqi", "NORP"), ("Iraq", "GPE"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and same(res, ms[2], ms[3])
    assert entity(res, ms[3]).name == "Hezbollah"
    assert not same(res, ms[4], ms[5]) and not same(res, ms[4], ms[6])  # a demonym's plural stays


def test_junior_joins_the_one_full_name_and_is_left_alone_between_two() -> None:
    s = ("He founded a unit under the command of Jihad Mughniyeh, the son of Imad Mughniyeh. "
         "Sensors followed a convoy with Mughniyeh Jr. and the Iranian general.")  # fmt: skip
    ms = mentions_of(
        "d1", s, ("Jihad Mughniyeh", "PERSON"), ("Imad Mughniyeh", "PERSON"), ("Mughniyeh Jr.", "PERSON")
    )
    ms[2] = Mention(ms[2].id, "d1", ms[2].start, ms[2].end, ms[2].text, "PERSON", 4, s)
    s2 = "Martin Luther King Jr. spoke in Memphis. King Jr. was shot there."
    ms += mentions_of("d2", s2, ("Martin Luther King Jr.", "PERSON"), ("King Jr.", "PERSON"))
    res = resolve_entities(ms)
    assert not same(res, ms[2], ms[0]) and not same(res, ms[2], ms[1])
    assert same(res, ms[3], ms[4])
    assert clean_name("Mughniyeh Jr.").tokens == ("mughniyeh",)


def test_one_acronym_defined_twice_in_a_document_is_one_body() -> None:
    s = ("Soleimani helped establish the National Defence Forces (NDF) in 2013. In 2016 the 4th Division, "
         "with the National Defense Forces (NDF), launched an offensive.")  # fmt: skip
    ms = mentions_of("d1", s, ("National Defence Forces", "ORG"), ("National Defense Forces", "ORG"))
    s2 = "The Palestinian Islamic Jihad (PIJ) and the Islamic State (IS) fought."
    ms += mentions_of("d2", s2, ("Palestinian Islamic Jihad", "ORG"), ("Islamic State", "ORG"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and not same(res, ms[2], ms[3])


def test_title_at_the_head_of_a_name_tagged_as_a_work() -> None:
    s = "Putin said: send Qassem Soleimani. General Soleimani went to explain the map. General Motors agreed."
    ms = mentions_of("d1", s, ("Qassem Soleimani", "PERSON"), ("General Soleimani", "WORK_OF_ART"),
                     ("General Motors", "ORG"))  # fmt: skip
    ms = [Mention(m.id, m.doc, m.start, m.end, m.text, m.label, k, s) for k, m in enumerate(ms)]
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and not same(res, ms[0], ms[2])
    assert type_of(res, ms[0]) == "PERSON"


def test_alias_keeps_no_full_stop_before_a_citation_mark() -> None:
    s = "Shia militias such as Kata'ib Hezbollah and Asa'ib Ahl al-Haq.[9][10] Asa'ib Ahl al-Haq grew."
    ms = mentions_of("d1", s, ("Asa'ib Ahl al-Haq.[9][10", "PERSON"), ("Asa'ib Ahl al-Haq", "PERSON"))
    ms += mentions_of("d2", "The U.S.[3] and Apple Corp. agreed.", ("U.S.[3", "GPE"), ("Apple Corp.", "ORG"))
    res = resolve_entities(ms)
    aliases = {a for e in res.entities for a in e.aliases}
    assert aliases == {"Asa'ib Ahl al-Haq", "U.S.", "Apple Corp."}
