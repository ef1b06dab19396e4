"""Acronyms on a corpus nobody tuned for (Timeline17, BP oil spill): an acronym joins a
name by its initials only when that name is the one expansion attested for it and names an
organisation; two expansions are never chained through the acronym; Treebank brackets are
read as brackets; the canonical name is never a form written once among hundreds."""

from __future__ import annotations

from test_resolve_entities import entity, mentions_of, same  # shared helpers, same folder
from test_resolve_entities import org_name as name

from caseboard.resolve import resolve_entities
from caseboard.resolve.acronyms import holds_acronym, one_expansion
from caseboard.resolve.match import org_short_form
from caseboard.resolve.names import clean_name, surface


def canonical(res, mention) -> str:  # noqa: ANN001 - Resolution, Mention
    return entity(res, mention).name


def test_acronym_is_not_any_name_with_its_initials_in_other_documents() -> None:
    ms = mentions_of("d1", "Bobby Pitre, a fisherman, said BP had not paid him.",
                     ("Bobby Pitre", "PERSON"), ("BP", "ORG"))  # fmt: skip
    ms += mentions_of(
        "d2", "Oil washed into Belle Pass as BP crews watched.", ("Belle Pass", "FAC"), ("BP", "ORG")
    )
    ms += mentions_of("d3", "The Brown Pelican was oiled ; BP said it would help.",
                      ("Brown Pelican", "NORP"), ("BP", "ORG"))  # fmt: skip
    ms += mentions_of("d4", "BP shares fell.", ("BP", "ORG"))
    res = resolve_entities(ms)
    assert same(res, ms[1], ms[3]) and same(res, ms[1], ms[5]) and same(res, ms[1], ms[6])
    assert not any(same(res, ms[1], ms[k]) for k in (0, 2, 4))
    assert canonical(res, ms[1]) == "BP"


def test_one_attested_organisation_expansion_joins_without_a_definition() -> None:
    ms = mentions_of("d1", "The Minerals Management Service said MMS inspectors had visited the rig.",
                     ("Minerals Management Service", "ORG"), ("MMS", "ORG"))  # fmt: skip
    ms += mentions_of("d2", "MMS approved the permit.", ("MMS", "ORG"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and same(res, ms[0], ms[2])
    person = mentions_of("d3", "John Smith said JS would sign.", ("John Smith", "PERSON"), ("JS", "ORG"))
    assert not same(resolve_entities(person), *person)  # one expansion, but a person's name


def test_two_defined_expansions_are_never_chained_through_the_acronym() -> None:
    ms = mentions_of("d1", "The Minerals Management Service (MMS) issued the permit.",
                     ("Minerals Management Service", "ORG"), ("MMS", "ORG"))  # fmt: skip
    ms += mentions_of("d2", "Phones sent Multimedia Messaging Service (MMS) alerts.",
                      ("Multimedia Messaging Service", "ORG"), ("MMS", "ORG"))  # fmt: skip
    ms += mentions_of("d3", "MMS was criticised.", ("MMS", "ORG"))
    ms += mentions_of("d4", "The Minerals Management Services (MMS) was split.",
                      ("Minerals Management Services", "ORG"), ("MMS", "ORG"))  # fmt: skip
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and same(res, ms[2], ms[3])
    assert not same(res, ms[0], ms[2])
    assert same(res, ms[0], ms[5]) and same(res, ms[0], ms[6])  # a spelling of the same expansion


def test_a_name_that_uses_the_acronym_does_not_spell_it() -> None:
    assert holds_acronym(name("U.S. Senate")) and holds_acronym(name("BST Protesters"))
    assert not holds_acronym(name("United States Senate")) and not holds_acronym(
        name("National Hurricane Center")
    )
    assert one_expansion([name("Gulf Coast"), name("Gulf Coasts")])
    assert not one_expansion([name("Belle Pass"), name("Bolivar Peninsula")])
    ms = mentions_of(
        "d1", "The U.S. Senate voted and US officials agreed.", ("U.S. Senate", "ORG"), ("US", "GPE")
    )
    assert not same(resolve_entities(ms), *ms)


def test_treebank_brackets_are_brackets() -> None:
    assert name("-RRB- - Halliburton Co.").display == "Halliburton"
    assert clean_name("Tony -RRB- Hayward").tokens == ("tony", "hayward")
    assert clean_name("-RRB-") is None and surface("Exxon Valdez -RRB-") == "Exxon Valdez"
    assert surface("`` Face the Nation") == "Face the Nation"
    s = "The Minerals Management Service -LRB- MMS -RRB- is being split , and MMS chief Liz Birnbaum quit ."
    ms = mentions_of("d1", s, ("Minerals Management Service -LRB- MMS -RRB-", "ORG"), ("MMS", "ORG"))
    ms += mentions_of("d2", "MMS said so .", ("MMS", "ORG"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and same(res, ms[0], ms[2])
    assert "acronym-definition" in {d.rule for d in res.decisions}
    assert canonical(res, ms[0]) == "Minerals Management Service"


def test_canonical_name_is_never_a_form_written_once_among_hundreds() -> None:
    ms = mentions_of("d0", "after the Deepcoffee Horizon spillage ?", ("Deepcoffee Horizon", "PERSON"))
    ms += mentions_of("d0", "the Horizon sank", ("Horizon", "PERSON"), sent=1, offset=100)
    for k in range(60):
        ms += mentions_of(f"d{k + 1}", "The Horizon rig sank.", ("Horizon", "PERSON"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[2]) and canonical(res, ms[0]) == "Horizon"
    s = "Mark Papermaster left. Papermaster was sued; Papermaster went to Apple."
    few = mentions_of(
        "e1", s, ("Mark Papermaster", "PERSON"), ("Papermaster", "PERSON"), ("Papermaster", "PERSON")
    )
    assert canonical(resolve_entities(few), few[0]) == "Mark Papermaster"  # trap: a few short forms
    wide: list = []
    for k in range(3):  # trap: a full name three articles write, beside its short form 210 times
        text = "Barack Obama spoke. " + "Obama said. " * 70
        wide += mentions_of(f"w{k}", text, ("Barack Obama", "PERSON"), *[("Obama", "PERSON")] * 70)
    assert canonical(resolve_entities(wide), wide[0]) == "Barack Obama"


def test_one_word_short_form_must_be_the_same_word() -> None:
    assert not org_short_form(name("Capitol"), name("ETX Capital"))
    assert org_short_form(name("Capital"), name("ETX Capital"))
    assert org_short_form(name("Islamic Jihad"), name("Palestinian Islamic Jihad"))


def test_a_name_cut_short_is_the_same_expansion() -> None:
    s = "European Aeronautic Defence & Space NV ( EADS ) , the parent of Airbus , said ."
    ms = mentions_of("d1", s, ("European Aeronautic Defence & Space NV", "ORG"), ("EADS", "ORG"))
    ms += mentions_of("d2", "European Aeronautic Defense said EADS would bid.",
                      ("European Aeronautic Defense", "ORG"), ("EADS", "ORG"))  # fmt: skip
    res = resolve_entities(ms)  # defined in one article, cut short (and spelled -se) in the other
    assert same(res, ms[0], ms[1]) and same(res, ms[2], ms[3]) and same(res, ms[0], ms[3])
    assert not one_expansion([name("European Aeronautic Defence"), name("Electronic Arts")])


def test_or_acronym_defines_it_and_its_trap() -> None:
    s = "The Minerals Management Service , or MMS , approved the permit ; MMS did not inspect ."
    ms = mentions_of("d1", s, ("Minerals Management Service", "ORG"), ("MMS", "ORG"), ("MMS", "ORG"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[1]) and same(res, ms[0], ms[2])
    assert "acronym-definition" in {d.rule for d in res.decisions}
    trap = mentions_of(
        "d2", "Ask Exxon Mobil , or BP , for the figures .", ("Exxon Mobil", "ORG"), ("BP", "ORG")
    )
    assert not same(resolve_entities(trap), *trap)  # another company, not a definition
