"""Wrong merges found on Timeline17 (issue #3, second round): a person is not the company named
after their family name; an all-capitals "DR" before a name is not the title; a bracketed alias
must look like a name (not a ranking). Sentences are shaped like the corpus's."""

from __future__ import annotations

from test_resolve_entities import mentions_of, same  # shared helpers, same folder

from caseboard.resolve import resolve_entities
from caseboard.resolve.evidence import find_aliases
from caseboard.resolve.kinds import is_company_name
from caseboard.resolve.names import clean_name
from caseboard.resolve.nodes import named_mentions


def _cameron_documents() -> tuple[list, list, list]:  # noqa: ANN202 - three lists of Mention
    d1 = mentions_of(
        "d1",
        "Prime Minister David Cameron told MPs the spill was a catastrophe . Cameron said BP must pay .",
        ("David Cameron", "PERSON"),
        ("Cameron", "PERSON"),
    )
    d2 = mentions_of(
        "d2",
        "The blowout preventer was made by Cameron International Corp. , and Cameron said it had worked .",
        ("Cameron International Corp.", "ORG"),
        ("Cameron", "ORG"),
    )
    d3 = mentions_of("d3", "Cameron flew to Washington to meet Obama .", ("Cameron", "PERSON"))
    return d1, d2, d3


def test_a_person_is_not_the_company_named_after_the_family_name() -> None:
    d1, d2, d3 = _cameron_documents()
    res = resolve_entities(d1 + d2 + d3)
    assert same(res, d1[0], d1[1]) and same(res, d2[0], d2[1])
    assert not same(res, d1[0], d2[0]) and not same(res, d1[1], d2[1])  # "Cameron" bridges nothing
    assert any(d.rule == "person-and-company" for d in res.decisions if d.action == "keep-apart")


def test_the_surname_alone_elsewhere_still_joins_the_person() -> None:
    d1, d2, d3 = _cameron_documents()
    res = resolve_entities(d1 + d3)
    assert same(res, d1[0], d3[0])


def test_company_words_end_a_company_name_only() -> None:
    assert is_company_name(clean_name("Cameron International", org_like=True))
    assert is_company_name(clean_name("Lehman Brothers Holdings Inc.", org_like=True))
    assert not is_company_name(clean_name("David Cameron"))
    assert not is_company_name(clean_name("Bank of America", org_like=True))  # the word is not last


def test_capital_dr_before_a_name_is_not_the_title() -> None:
    assert clean_name("DR Congo", org_like=True).display == "DR Congo"
    assert clean_name("DR Congo").display == "DR Congo"
    assert clean_name("Dr Mende").display == "Mende"  # the title, as written in prose
    assert clean_name("Dr. Mende", org_like=True).display == "Mende"
    assert clean_name("DR MENDE").display == "MENDE"  # a headline in capitals: still the title


def test_dr_congo_is_not_congo_brazzaville() -> None:
    s = "Lambert Mende told the BBC that DR Congo would contribute , unlike the Republic of Congo ."
    ms = mentions_of("d1", s, ("DR Congo", "ORG"), ("Congo", "GPE"))
    res = resolve_entities(ms)
    assert not same(res, ms[0], ms[1])


def _aliases(sentence: str, *spans: tuple[str, str]) -> list[str]:
    return [a.surface for a in find_aliases(named_mentions(mentions_of("d1", sentence, *spans)))]


def test_a_ranking_in_brackets_is_not_an_alias() -> None:
    s = ("The cuts could prove deadly to AIG -LRB- AIG , Fortune 500 -RRB- , forcing it to post more"
         " than $ 13 billion in additional collateral .")  # fmt: skip
    assert _aliases(s, ("AIG", "ORG"), ("Fortune 500", "LAW")) == []
    s2 = "Shares of Citigroup ( C , Fortune 500 ) fell 5 % ."
    assert "Fortune 500" not in _aliases(s2, ("Citigroup", "ORG"))


def test_a_name_beside_a_defined_acronym_in_brackets_is_still_an_alias() -> None:
    s = "Fighters of Kata'ib Hezbollah ( KH , Hezbollah Brigades ) fired rockets ."
    assert _aliases(s, ("Kata'ib Hezbollah", "ORG")) == ["KH", "Hezbollah Brigades"]
    assert "former unit" not in _aliases("The Quds Force ( QF , former unit ) grew .", ("Quds Force", "ORG"))
