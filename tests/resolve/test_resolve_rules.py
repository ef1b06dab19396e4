"""The recall rules added after the MEANTIME error analysis, each with its trap."""

from __future__ import annotations

from test_resolve_entities import entity_of, mentions_of, same  # shared helpers, same folder

from caseboard.resolve import resolve_entities
from caseboard.resolve.demonyms import governed_place, place_key, place_of_demonym
from caseboard.resolve.match import org_leading_form, org_short_form, tokens_variant
from caseboard.resolve.names import Name, clean_name
from caseboard.resolve.nodes import named_mentions


def name(text: str, org_like: bool = False) -> Name:
    cleaned = clean_name(text, org_like)
    assert cleaned is not None, text
    return cleaned


def test_corporate_suffix_goes_before_a_title_like_first_word() -> None:
    assert name("General Motors Corporation", org_like=True).tokens == ("general", "motors")
    assert name("Gen. Motors Corp.", org_like=True).tokens == ("motors",)
    assert clean_name("LLC", org_like=True) is None


def test_country_abbreviation_before_a_name_is_spelled_out() -> None:
    assert name("U.S. Air Force", org_like=True).tokens == ("united", "states", "air", "force")
    assert name("UK Treasury", org_like=True).key == "united kingdom treasury"
    assert name("U.S.").tokens == ("us",)  # alone it stays an acronym
    assert name("Us Weekly", org_like=True).tokens == ("us", "weekly")  # not written in capitals


def test_model_numbers_and_their_plurals_are_names() -> None:
    assert name("A380s").tokens == ("a380",)
    assert name("787s").tokens == ("787",)
    assert clean_name("7") is None
    ms = mentions_of("d1", "The 787 and the iPhone sold.", ("787", "PRODUCT"), ("iPhone", "ORG"))
    assert [n.display for _, n in named_mentions(ms)] == ["787", "iPhone"]


def test_short_forms_with_a_country_qualifier_and_descriptor_tails() -> None:
    assert org_short_form(name("Air Force"), name("U.S. Air Force", org_like=True))
    assert org_short_form(name("Senate"), name("United States Senate"))
    assert not org_short_form(name("Hezbollah"), name("Kata'ib Hezbollah"))
    assert org_leading_form(name("China Eastern"), name("China Eastern Airlines"))
    assert org_leading_form(name("Boeing"), name("Boeing Commercial Airplanes"))
    assert not org_leading_form(name("China Eastern"), name("China Southern Airlines"))


def test_short_words_differing_by_three_letters_are_not_spellings() -> None:
    assert not tokens_variant("arab", "arabiya")
    assert tokens_variant("badreddine", "badrdin")


def test_demonym_and_government_tables() -> None:
    assert place_of_demonym(name("Iranians")) == "iran"
    assert place_of_demonym(name("Hezbollah")) is None
    assert place_key(name("America")) == "united states"
    assert governed_place(name("the US Government", org_like=True)) == "united states"
    assert governed_place(name("Canadian Government", org_like=True)) == "canada"
    assert governed_place(name("Student Government", org_like=True)) is None


def test_surname_goes_to_the_nearest_full_name_before_it() -> None:
    lines = [
        ("Imad Mughniyeh ran the wing.", [("Imad Mughniyeh", "PERSON")]),
        ("Mughniyeh was careful.", [("Mughniyeh", "PERSON")]),
        ("His son Jihad Mughniyeh grew up.", [("Jihad Mughniyeh", "PERSON")]),
        ("Nothing changed.", []),
        ("Nothing at all.", []),
        ("Mughniyeh was killed in 2015.", [("Mughniyeh", "PERSON")]),
        (
            "Imad Mughniyeh met Jihad Mughniyeh.",
            [("Imad Mughniyeh", "PERSON"), ("Jihad Mughniyeh", "PERSON")],
        ),
        ("Mughniyeh smiled.", [("Mughniyeh", "PERSON")]),
    ]
    ms, offset = [], 0
    for n, (sentence, spans) in enumerate(lines):
        ms += mentions_of("d1", sentence, *spans, sent=n, offset=offset)
        offset += len(sentence) + 1
    imad, imad_sur, jihad, jihad_sur, imad2, jihad2, ambiguous = ms
    res = resolve_entities(ms)
    assert same(res, imad, imad_sur) and same(res, imad, imad2)
    assert same(res, jihad, jihad_sur) and same(res, jihad, jihad2)
    assert not same(res, imad, jihad)
    assert entity_of(res, ambiguous) not in {entity_of(res, imad), entity_of(res, jihad)}


def test_surname_before_any_full_name_goes_to_the_most_mentioned() -> None:
    ms = mentions_of("d1", "Jibril spoke first.", ("Jibril", "PERSON"))
    ms += mentions_of(
        "d1",
        "Ahmad Jibril, Ahmad Jibril and Jihad Jibril.",
        ("Ahmad Jibril", "PERSON"),
        ("Ahmad Jibril", "PERSON"),
        ("Jihad Jibril", "PERSON"),
        sent=5,
        offset=100,
    )
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and not same(res, ms[0], ms[3])


def test_surname_the_tagger_called_a_place_joins_the_person_named_earlier() -> None:
    same_sentence = mentions_of(
        "d9", "Kata'ib Hezbollah and Hezbollah.", ("Kata'ib Hezbollah", "PERSON"), ("Hezbollah", "ORG")
    )
    res = resolve_entities(same_sentence)
    assert not same(res, *same_sentence)  # only a later sentence may use the surname alone
    ms = mentions_of("d1", "Fritz Henderson resigned.", ("Fritz Henderson", "PERSON"))
    ms += mentions_of("d1", "Henderson said little.", ("Henderson", "GPE"), sent=1, offset=30)
    ms += mentions_of("d2", "Michael Jordan flew out.", ("Michael Jordan", "PERSON"))
    ms += mentions_of("d2", "In Jordan he rested.", ("Jordan", "GPE"), sent=1, offset=30)
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1])
    assert not same(res, ms[2], ms[3])  # a country's name stays a place


def test_headline_capitals_place_names_governments_and_models_merge() -> None:
    ms = mentions_of("d1", "BOEING WINS; the U.S. Air Force and America agree.", ("BOEING", "ORG"),
                     ("U.S. Air Force", "ORG"), ("America", "GPE"))  # fmt: skip
    ms += mentions_of("d2", "Boeing, the United States Air Force and the United States.", ("Boeing", "ORG"),
                      ("United States Air Force", "ORG"), ("United States", "GPE"))  # fmt: skip
    ms += mentions_of(
        "d3", "The US Government ordered A380s.", ("US Government", "ORG"), ("A380s", "PRODUCT")
    )
    ms += mentions_of("d4", "An A380 and a 787 flew.", ("A380", "PRODUCT"), ("787", "PRODUCT"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[3]) and same(res, ms[1], ms[4])
    assert same(res, ms[2], ms[5]) and same(res, ms[2], ms[6])
    assert same(res, ms[7], ms[8]) and not same(res, ms[8], ms[9])


def test_demonym_is_related_to_its_country_not_merged() -> None:
    ms = mentions_of("d1", "Iranian officials said Iran would respond.", ("Iranian", "NORP"), ("Iran", "GPE"))
    res = resolve_entities(ms)
    assert not same(res, ms[0], ms[1])
    assert [(r.kind, r.source, r.target) for r in res.relations] == [
        ("demonym-of", entity_of(res, ms[0]), entity_of(res, ms[1]))
    ]


def test_arab_is_not_al_arabiya() -> None:
    ms = mentions_of("d1", "Al-Arabiya and Arab media.", ("Al-Arabiya", "ORG"), ("Arab", "NORP"))
    ms += mentions_of("d2", "Arab media agreed.", ("Arab", "NORP"))
    res = resolve_entities(ms)
    assert not same(res, ms[0], ms[1]) and same(res, ms[1], ms[2])
