"""Firms named after a family name (issue #3 follow-up, Timeline17): "Paulson & Co.", "Weeden &
Co", "Walker & Co." lost their legal form while cleaned and joined the person of that family name.
A partnership's legal form now stays on the name; the firm joins its own spellings and its bare
name tagged an organisation, never a person. Sentences are shaped like the corpus's."""

from __future__ import annotations

from test_resolve_entities import entity, mentions_of, same  # shared helpers, same folder

from caseboard.resolve import resolve_entities
from caseboard.resolve.core import Resolution
from caseboard.resolve.names import clean_name


def _type(res: Resolution, mention) -> str:  # noqa: ANN001 - a Mention
    return entity(res, mention).type


def test_the_legal_form_of_a_partnership_stays_on_the_name() -> None:
    forms = ["Paulson & Co.", "Paulson & Co", "Paulson and Company", "Paulson & Co. Inc.", "Paulson & Co.'s"]
    names = [clean_name(f, org_like=True) for f in forms]
    assert {n.key for n in names} == {"paulson co"} and all(n.firm for n in names)
    assert clean_name("Paulson & Co.").display == "Paulson & Co."
    assert clean_name("Mitsui & Co. Ltd.").tokens == ("mitsui", "co")
    assert clean_name("Lehman Bros.").key == clean_name("Lehman Brothers").key == "lehman brothers"
    assert clean_name("Mumford & Sons").firm and clean_name("Smith & Son").key == "smith sons"


def test_other_names_keep_their_cleaning() -> None:
    assert clean_name("Halliburton Co.").key == "halliburton"  # an ordinary legal form is still cut
    assert clean_name("Procter & Gamble Co.").key == "procter gamble"
    assert not clean_name("Procter & Gamble Co.").firm
    assert not clean_name("Henry M. Paulson Jr.").firm
    # a lower-case "co." is the man and his circle, not a firm
    assert clean_name("McCain & co.").key == "mccain" and not clean_name("McCain & co.").firm


def _paulson_documents() -> tuple[list, list, list]:  # noqa: ANN202 - three lists of Mention
    d1 = mentions_of(
        "d1",
        "Treasury Secretary Henry Paulson said on Sunday the plan would work , and Paulson told "
        "reporters that banks had to take part .",
        ("Henry Paulson", "PERSON"),
        ("Paulson", "PERSON"),
    )
    d2 = mentions_of(
        "d2",
        "The hedge fund Paulson & Co. made $ 3.7 billion betting against subprime loans ; "
        "Paulson & Co declined to comment .",
        ("Paulson & Co.", "ORG"),
        ("Paulson & Co", "PERSON"),  # the tagger calls the firm a person now and then
    )
    d3 = mentions_of("d3", "Paulson urged Congress to pass the rescue plan quickly .", ("Paulson", "PERSON"))
    return d1, d2, d3


def test_henry_paulson_stays_a_person_apart_from_paulson_and_co() -> None:
    d1, d2, d3 = _paulson_documents()
    res = resolve_entities(d1 + d2 + d3)
    assert same(res, d1[0], d1[1]) and same(res, d1[0], d3[0])  # his family name still joins him
    assert same(res, d2[0], d2[1])
    assert not same(res, d1[0], d2[0]) and not same(res, d3[0], d2[0])
    assert _type(res, d1[0]) == "PERSON" and _type(res, d2[1]) == "ORG"


def test_the_firm_in_the_persons_own_article_stays_apart() -> None:
    s = ("Stockbroker Weeden & Co said BP should expect no sympathy , and Senator Ron Wyden said "
         "Wyden would ask for a hearing .")  # fmt: skip
    ms = mentions_of("d1", s, ("Weeden & Co", "ORG"), ("Ron Wyden", "PERSON"), ("Wyden", "PERSON"))
    res = resolve_entities(ms)
    assert same(res, ms[1], ms[2]) and not same(res, ms[0], ms[1])


def test_one_firm_under_its_spellings_across_articles() -> None:
    d1 = mentions_of("d1", "Analysts at Simmons & Co cut their forecast .", ("Simmons & Co", "ORG"))
    d2 = mentions_of("d2", "Matt Simmons , founder of Simmons and Co. , spoke .", ("Matt Simmons", "PERSON"),
                     ("Simmons and Co.", "ORG"))  # fmt: skip
    d3 = mentions_of("d3", "A report by Simmons and Company said so .", ("Simmons and Company", "ORG"))
    res = resolve_entities(d1 + d2 + d3)
    assert same(res, d1[0], d2[1]) and same(res, d1[0], d3[0])
    assert not same(res, d2[0], d2[1])  # the founder is not his firm


def test_the_firm_joins_its_bare_name_tagged_an_organisation() -> None:
    s = "Fadel Gheit , an analyst at Oppenheimer & Co. , said so ."
    d1 = mentions_of("d1", s, ("Oppenheimer & Co.", "ORG"))
    d2 = mentions_of("d2", "Oppenheimer raised its target for the shares .", ("Oppenheimer", "ORG"))
    d3 = mentions_of("d3", "Goldman Sachs & Co will underwrite the sale .", ("Goldman Sachs & Co", "ORG"))
    d4 = mentions_of("d4", "Goldman Sachs reported a profit .", ("Goldman Sachs", "ORG"))
    d5 = mentions_of("d5", "Lehman Bros. filed for bankruptcy .", ("Lehman Bros.", "ORG"))
    d6 = mentions_of("d6", "Lehman Brothers collapsed in September .", ("Lehman Brothers", "ORG"))
    res = resolve_entities(d1 + d2 + d3 + d4 + d5 + d6)
    assert same(res, d1[0], d2[0]) and same(res, d3[0], d4[0]) and same(res, d5[0], d6[0])


def test_a_family_name_left_between_two_people_does_not_join_the_firm() -> None:
    henry = mentions_of("d1", "Treasury Secretary Henry Paulson spoke .", ("Henry Paulson", "PERSON"))
    john = mentions_of("d2", "Hedge fund manager John Paulson bought gold .", ("John Paulson", "PERSON"))
    bare = mentions_of("d3", "Paulson said the banks were sound , Paulson added .", ("Paulson", "PERSON"),
                       ("Paulson", "PERSON"))  # fmt: skip
    org = mentions_of("d4", "Paulson wants a bigger stake .", ("Paulson", "ORG"))
    bare_too = mentions_of("d4", "Paulson spoke again on Monday .", ("Paulson", "PERSON"), sent=1, offset=40)
    firm = mentions_of("d5", "Paulson & Co. sold its shares .", ("Paulson & Co.", "ORG"))
    res = resolve_entities(henry + john + bare + org + bare_too + firm)
    assert not same(res, henry[0], john[0])
    assert same(res, bare[0], org[0])  # the ambiguous family name, in one entity as before
    assert not same(res, org[0], firm[0]) and not same(res, henry[0], firm[0])


def test_and_company_in_lower_case_is_the_man_and_his_circle() -> None:
    d1 = mentions_of("d1", "Vice President Dick Cheney never said sorry .", ("Dick Cheney", "PERSON"))
    d1 += mentions_of("d1", "Cheney & company got the war they wanted .", ("Cheney & company", "ORG"),
                      sent=1, offset=46)  # fmt: skip
    d2 = mentions_of("d2", "Vice President Dick Cheney never said sorry .", ("Dick Cheney", "PERSON"))
    s = "Cheney & Co. got the fees they wanted ."
    d2 += mentions_of("d2", s, ("Cheney & Co.", "ORG"), sent=1, offset=46)
    res = resolve_entities(d1 + d2)
    assert same(res, d1[0], d1[1])
    assert same(res, d1[0], d2[0]) and not same(res, d2[0], d2[1])  # written as a firm: a firm


def test_an_ampersand_name_keeps_its_initials_across_articles() -> None:
    """ "AT&T" had lost its "at" as an Arabic particle (as in "at-Tabari"), leaving one letter and no
    name at all, so the company's mentions were never resolved."""
    assert clean_name("AT&T Inc.").display == "AT&T" and clean_name("at-Tabari").tokens == ("tabari",)
    d1 = mentions_of("d1", "AT&T Inc. will sell the iPhone .", ("AT&T Inc.", "ORG"))
    d2 = mentions_of("d2", "Apple's partner AT&T said the phone sold out .", ("AT&T", "ORG"))
    res = resolve_entities(d1 + d2)
    assert d1[0].id in res.links and same(res, d1[0], d2[0])
    assert _type(res, d1[0]) == "ORG"
