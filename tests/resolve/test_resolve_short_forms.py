"""Short forms found in the second MEANTIME error analysis: acronyms spelled from inside
words, organisation names cut short, products under their model number, each with its trap."""

from __future__ import annotations

from test_resolve_entities import mentions_of, same  # shared helpers, same folder
from test_resolve_entities import org_name as name

from caseboard.resolve import resolve_entities
from caseboard.resolve.evidence import _acronym_fits
from caseboard.resolve.match import org_prefix_form


def test_acronym_letters_may_continue_a_word_or_spell_the_last_words() -> None:
    assert _acronym_fits("SIA", name("Singapore Airlines"))
    assert _acronym_fits("NASA", name("National Aeronautics and Space Administration"))
    assert _acronym_fits("SDK", name("iPhone Software Development Kit"))
    assert not _acronym_fits("XYZ", name("Singapore Airlines"))
    assert not _acronym_fits("SA", name("Apple Computer"))
    assert not _acronym_fits("KD", name("iPhone Software Development Kit"))


def test_defined_acronym_joins_its_name_here_and_in_other_documents() -> None:
    ms = mentions_of("d1", "Singapore Airlines (SIA) flies. SIA grew.", ("Singapore Airlines", "ORG"),
                     ("SIA", "ORG"), ("SIA", "ORG"))  # fmt: skip
    ms += mentions_of("d2", "SIA ordered jets.", ("SIA", "ORG"))
    ms += mentions_of("d3", "KLM ordered jets.", ("KLM", "ORG"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and same(res, ms[0], ms[2]) and same(res, ms[0], ms[3])
    assert not same(res, ms[0], ms[4])


def test_acronym_joins_a_long_name_the_tagger_cut_short() -> None:
    ms = mentions_of("d1", "European Aeronautic Defence and Space said EADS would bid.",
                     ("European Aeronautic Defence", "ORG"), ("EADS", "ORG"))  # fmt: skip
    ms += mentions_of("d2", "Electronic Arts and EADS.", ("Electronic Arts", "ORG"), ("EADS", "ORG"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1])
    assert not same(res, ms[2], ms[3])  # two words are too few to stand for four letters


def test_opening_words_rule_and_its_traps() -> None:
    assert org_prefix_form(name("Dow"), name("Dow Jones"))
    assert org_prefix_form(name("Northrop"), name("Northrop Grumman"))
    assert not org_prefix_form(name("iPhone"), name("iPhone 4"))  # a generation is another product
    assert not org_prefix_form(name("Apple"), name("Apple Worldwide Developers Conference"))
    assert not org_prefix_form(name("Republican"), name("Republican Party"))
    assert not org_prefix_form(name("Boeing"), name("Boeing-Air Force"))
    assert not org_prefix_form(name("Dow"), name("Dow chemicals"))


def test_name_cut_short_after_its_full_form_in_one_document() -> None:
    ms = mentions_of(
        "d1", "Northrop Grumman bid; Northrop lost.", ("Northrop Grumman", "ORG"), ("Northrop", "ORG")
    )
    ms += mentions_of("d2", "Dow rose; later the Dow Jones fell.", ("Dow", "ORG"), ("Dow Jones", "ORG"))
    ms += mentions_of(
        "d3", "China Eastern Airlines and China.", ("China Eastern Airlines", "ORG"), ("China", "ORG")
    )
    ms += mentions_of("d4", "Dow Jones and Dow Corning; Dow said.", ("Dow Jones", "ORG"),
                      ("Dow Corning", "ORG"), ("Dow", "ORG"))  # fmt: skip
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1])
    assert not same(res, ms[2], ms[3])  # the short form came first: no evidence it is the index
    assert not same(res, ms[4], ms[5])  # a country's name
    assert not same(res, ms[8], ms[6]) and not same(res, ms[8], ms[7])  # two candidates
    nationality = mentions_of("d5", "Palestinian Islamic Jihad fired; Palestinian groups hid.",
                              ("Palestinian Islamic Jihad", "ORG"), ("Palestinian", "NORP"))  # fmt: skip
    assert not same(resolve_entities(nationality), *nationality)


def test_one_word_shared_by_two_companies_does_not_join_them() -> None:
    ms = mentions_of("d1", "Dow Jones fell; the Dow lost.", ("Dow Jones", "ORG"), ("Dow", "ORG"))
    ms += mentions_of("d2", "Dow Corning sued; Dow said.", ("Dow Corning", "ORG"), ("Dow", "ORG"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and same(res, ms[2], ms[3])
    assert not same(res, ms[0], ms[2])


def test_model_number_and_product_word_join_the_longer_name_in_their_document() -> None:
    ms = mentions_of("d1", "The 787 Dreamliners flew; two 787s landed.", ("787 Dreamliners", "PRODUCT"),
                     ("787s", "PRODUCT"))  # fmt: skip
    ms += mentions_of(
        "d2", "The Ford Taurus sold; the Taurus won.", ("Ford Taurus", "ORG"), ("Taurus", "PRODUCT")
    )
    ms += mentions_of("d3", "Airbus A380 and Boeing 747 jets; the A380 won.", ("Airbus A380", "PRODUCT"),
                      ("Boeing 747", "PRODUCT"), ("A380", "PRODUCT"))  # fmt: skip
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and same(res, ms[2], ms[3])
    assert same(res, ms[4], ms[6]) and not same(res, ms[5], ms[6])
    person = mentions_of(
        "d4", "Taurus Smith met Ford Taurus staff.", ("Taurus", "PERSON"), ("Ford Taurus", "ORG")
    )
    assert not same(resolve_entities(person), *person)  # a person's name is no product word
