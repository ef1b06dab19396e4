"""Wrong names and types found on Timeline17 (issue #3): a title opening a place's or a body's
name is part of it; "known as" after "a portion of X" names the portion; a short name does not
open a numbered name (a rig, a product generation); a name written with a company's legal form
is a company whatever the tagger called its bare form. Sentences are shaped like the corpus's."""

from __future__ import annotations

from test_resolve_entities import entity, mentions_of, same  # shared helpers, same folder
from test_resolve_entities import org_name as name

from caseboard.resolve import resolve_entities
from caseboard.resolve.evidence import find_aliases
from caseboard.resolve.match import ends_in_number, org_prefix_form
from caseboard.resolve.nodes import label_name, named_mentions


def test_a_title_is_part_of_a_place_or_organisation_name() -> None:
    for text, label in [("Prince William Sound", "LOC"), ("King County", "GPE"), ("Grand Isle", "LOC"),
                        ("Prince Edward Island", "GPE"), ("General Motors", "ORG"), ("St. Louis", "GPE"),
                        ("President Hotel", "FAC"), ("Foreign and Commonwealth Office", "ORG")]:  # fmt: skip
        assert label_name(text, label).display == text
    assert label_name("Prince William", "PERSON").display == "William"  # a person's title goes
    assert label_name("Mr. Hayward", "ORG").display == "Hayward"  # an abbreviated personal title too


def test_place_keeps_its_title_and_a_person_tagged_as_a_place_loses_it() -> None:
    s = ("Oil from the Exxon Valdez fouled Prince William Sound in 1989 . Prince William , on a visit ,"
         " said Prince William Sound never recovered .")  # fmt: skip
    ms = mentions_of("d1", s, ("Prince William Sound", "LOC"), ("Prince William", "PERSON"),
                     ("Prince William Sound", "LOC"))  # fmt: skip
    res = resolve_entities(ms)
    assert entity(res, ms[0]).name == "Prince William Sound" and entity(res, ms[0]).type == "LOC"
    assert same(res, ms[0], ms[2]) and not same(res, ms[0], ms[1])
    trap = "Barack Obama spoke . President Obama 's plan was welcomed ; Obama left ."
    ts = mentions_of("d2", trap, ("Barack Obama", "PERSON"), ("President Obama", "GPE"), ("Obama", "PERSON"))
    res = resolve_entities(ts)
    assert same(res, ts[0], ts[1]) and same(res, ts[0], ts[2])  # the rest names the document's person


def test_a_place_named_like_words_of_a_person_is_not_that_person() -> None:
    s = "Liz McCartney St Bernard Project founder spoke ; the St Bernard Project rebuilt 300 homes ."
    ms = mentions_of(
        "d1", s, ("Liz McCartney St Bernard Project", "PERSON"), ("the St Bernard Project", "ORG")
    )
    res = resolve_entities(ms)
    assert entity(res, ms[1]).name == "St Bernard Project"


def test_a_saint_opening_a_place_is_no_title_beside_a_person_of_that_name() -> None:
    s = "Chris Marks , a ranger , said oil reached the St Marks refuge ; Marks was angry ."
    ms = mentions_of("d1", s, ("Chris Marks", "PERSON"), ("St Marks", "ORG"), ("Marks", "PERSON"))
    res = resolve_entities(ms)
    assert entity(res, ms[1]).name == "St Marks" and not same(res, ms[0], ms[1]) and same(res, ms[0], ms[2])


def test_known_as_after_a_portion_of_a_place_names_the_portion() -> None:
    s = ("The spill involves a well in a portion of Barataria Bay known as Mud Lake , near Bayou St. Dennis"
         " about 10 miles south of Lafitte , Louisiana .")  # fmt: skip
    ms = mentions_of("d1", s, ("Barataria Bay", "LOC"), ("Mud Lake", "LOC"), ("Lafitte", "GPE"))
    assert not [a for a in find_aliases(named_mentions(ms)) if a.rule == "known-as"]
    assert not same(resolve_entities(ms), ms[0], ms[1])
    paren = mentions_of("d2", "Boats sat in part of Barataria Bay (known as Mud Lake) all day .",
                        ("Barataria Bay", "LOC"), ("Mud Lake", "LOC"))  # fmt: skip
    assert not same(resolve_entities(paren), *paren)
    trap = "Samuel Johnson , better known as Dr Johnson , was born in Lichfield in September 1709 ."
    ts = mentions_of("d3", trap, ("Samuel Johnson", "PERSON"))
    assert [a.surface for a in find_aliases(named_mentions(ts))] == ["Dr Johnson"]


def test_known_as_gives_the_name_not_the_phrase_after_it() -> None:
    s = "Simon Rouse , better known as DCI Jack Meadows in The Bill , chooses Up , Up and Away ."
    ms = mentions_of("d1", s, ("Simon Rouse", "PERSON"))
    assert [a.surface for a in find_aliases(named_mentions(ms))] == ["DCI Jack Meadows"]
    trap = "Sen. Lisa Murkowski , R-Alaska , also called Barton 's comment `` absolutely wrong . ''"
    ts = mentions_of("d2", trap, ("Lisa Murkowski", "PERSON"), ("Alaska", "GPE"))
    assert not list(find_aliases(named_mentions(ts)))  # "called" is the verb, not an alias


def test_a_short_name_does_not_open_a_numbered_name() -> None:
    assert ends_in_number("III") and ends_in_number("4") and not ends_in_number("Lake")
    assert not org_prefix_form(name("Transocean"), name("Transocean Development Driller III"))
    assert org_prefix_form(name("Dow"), name("Dow Jones"))  # the rule still joins what it should
    s1 = ("Work boats operate next to the Transocean Development Driller III at the site . Transocean"
          " said the rig would stay .")  # fmt: skip
    ms = mentions_of("d1", s1, ("Transocean Development Driller III", "ORG"), ("Transocean", "ORG"))
    ms += mentions_of("d2", "Transocean Ltd. owned the Deepwater Horizon .", ("Transocean Ltd.", "ORG"))
    res = resolve_entities(ms)
    assert not same(res, ms[0], ms[1]) and same(res, ms[1], ms[2])
    assert entity(res, ms[0]).name == "Transocean Development Driller III"


def test_a_name_written_with_a_legal_form_in_two_articles_is_a_company() -> None:
    ms = mentions_of("d1", "Halliburton Co. cemented the well ; Halliburton said it followed BP 's plan .",
                     ("Halliburton Co.", "ORG"), ("Halliburton", "GPE"))  # fmt: skip
    ms += mentions_of("d2", "Halliburton Co -LRB- HAL -RRB- shares fell .", ("Halliburton Co", "PERSON"))
    for k in range(3, 8):
        ms += mentions_of(f"d{k}", "Investigators blamed Halliburton .", ("Halliburton", "GPE"))
    res = resolve_entities(ms)
    assert entity(res, ms[0]).type == "ORG" and same(res, ms[0], ms[-1])
    one = mentions_of("e1", "The City of London Corporation runs the City of London .",
                      ("City of London Corporation", "GPE"), ("City of London", "GPE"))  # fmt: skip
    one += mentions_of("e2", "The City of London grew .", ("City of London", "GPE"))
    assert entity(resolve_entities(one), one[1]).type == "GPE"  # one article's legal form: still the city


def test_a_person_is_not_typed_a_company_by_a_firm_named_after_him() -> None:
    ms = mentions_of(
        "d1", "Henry Paulson spoke . Paulson said .", ("Henry Paulson", "PERSON"), ("Paulson", "PERSON")
    )
    for k in range(2, 4):
        ms += mentions_of(
            f"d{k}", "Paulson Corp. lost ; Paulson said .", ("Paulson Corp.", "ORG"), ("Paulson", "GPE")
        )
    for k in range(4, 9):
        ms += mentions_of(f"d{k}", "Paulson , the Treasury chief , said .", ("Paulson", "GPE"))
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[2]) and same(res, ms[0], ms[-1])  # one cluster, its votes mostly GPE
    assert entity(res, ms[0]).type == "PERSON"  # a full name tagged a person: still a person


def test_a_title_before_a_person_of_the_document_tagged_an_organisation_goes() -> None:
    s = "Interior Ken Salazar visited the rig . Salazar said the moratorium would stay ."
    ms = mentions_of("d1", s, ("Interior Ken Salazar", "ORG"), ("Salazar", "PERSON"))
    ms += mentions_of(
        "d2", "Ken Salazar toured Grand Isle .", ("Ken Salazar", "PERSON"), ("Grand Isle", "LOC")
    )
    res = resolve_entities(ms)
    assert same(res, ms[0], ms[2]) and entity(res, ms[0]).name == "Ken Salazar"
    assert entity(res, ms[3]).name == "Grand Isle"
