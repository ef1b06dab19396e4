"""The seeds' caseboard as a careful reader checks it (issue #3): each person and
organisation once, under its spellings, with the right type, and no two people merged.
Every check reads the stored mentions the build made from the five articles."""

from __future__ import annotations

import pytest

from caseboard.api import Caseboard


@pytest.fixture(scope="module")
def board(seeds_board: Caseboard):  # noqa: ANN201 - a Store
    with seeds_board.store() as store:
        yield store


def entities_of(store, text: str) -> set[str]:  # noqa: ANN001
    """The entities of every mention written exactly so (a leading article aside)."""
    rows = store.query(
        "SELECT DISTINCT me.entity FROM mentions m JOIN mention_entity me ON me.mention = m.id "
        "WHERE regexp_replace(m.text, '(?i)^(the|an?)[\\s\\x{00a0}]+', '') = ?",
        [text],
    )
    assert rows, f"no mention reads {text!r}"
    return {r[0] for r in rows}


def one_entity(store, *texts: str) -> str:  # noqa: ANN001
    found = set().union(*(entities_of(store, t) for t in texts))
    assert len(found) == 1, (texts, found)
    return found.pop()


def type_of(store, entity: str) -> str:  # noqa: ANN001
    return store.query("SELECT type FROM entities WHERE id = ?", [entity])[0][0]


def test_the_central_person_under_his_spellings(board) -> None:  # noqa: ANN001
    soleimani = one_entity(board, "Qasem Soleimani", "Qassem Soleimani", "Haj Qassem", "General Soleimani",
                           "Soleimanis", "Hajj Qasem Soleimani")  # fmt: skip
    assert type_of(board, soleimani) == "PERSON"
    assert soleimani not in entities_of(board, "Naim Qassem")


def test_namesakes_stay_apart(board) -> None:  # noqa: ANN001
    assert entities_of(board, "Jihad Jibril").isdisjoint(entities_of(board, "Ahmad Jibril"))
    imad, jihad = (
        one_entity(board, "Imad Mughniyeh", "Imad"),
        one_entity(board, "Jihad Mughniyeh", "Jihad Mughniyah"),
    )
    assert imad != jihad
    assert one_entity(board, "Islamic Jihad", "Palestinian Islamic Jihad", "PIJ") != one_entity(
        board, "Islamic State", "ISIS"
    )
    assert one_entity(board, "Hezbollah", "Hizbullah", "Hezbollahs") != one_entity(board, "Kata'ib Hezbollah")


def test_armed_groups_once_as_organisations(board) -> None:  # noqa: ANN001
    kataib = one_entity(board, "Kata'ib Hezbollah", "Kata'eb Hezbollah", "Kataa’b Hizbullah Brigades", "KH")
    asaib = one_entity(board, "Asa'ib Ahl al-Haq militia", "Asaib Ahl al-Haq")
    pmf = one_entity(board, "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi")
    quds = one_entity(board, "Quds Force", "al-Quds Force", "Quds", "Revolutionary Guards Quds Force")
    ndf = one_entity(board, "National Defence Forces", "National Defense Forces")
    assert all(type_of(board, e) == "ORG" for e in (kataib, asaib, pmf, quds, ndf))
    assert quds != one_entity(board, "Revolutionary Guards", "IRGC")


def test_people_under_their_short_forms_and_aliases(board) -> None:  # noqa: ANN001
    for spellings in [
        ("Mustafa Badreddine", "Mustafa Badr al-Din", "Badreddine"),
        ("Ali Mussa Daqduq", "Ali Musa Daqduq", "Daqduq", "Daqduk"),
        ("Jamal Mahmad Jaafar al-Tamimi", "Abu Mahdi al-Muhandis"),
        ("Sheikh Ahmed Yassin", "Sheikh Yassin"),
        ("Vladimir Putin", "Putin", "Vladimir"),
    ]:
        assert type_of(board, one_entity(board, *spellings)) == "PERSON", spellings


def test_people_the_tagger_cut_apart_are_one_and_namesakes_by_a_word_are_not(board) -> None:  # noqa: ANN001
    nasrallah = one_entity(board, "Hassan Nasrallah", "Hassan\u00a0Nasrallah", "Nasrallah")
    assert nasrallah != one_entity(board, "Suheil al-Hassan")
    assert type_of(board, one_entity(board, "Muqtada a-Sadr", "Muqtada al-Sadr")) == "PERSON"
    assert type_of(board, one_entity(board, "Izz El-Deen Sheikh Khalil")) == "PERSON"


def test_no_heading_words_or_capitalised_common_words_among_organisations(board) -> None:  # noqa: ANN001
    names = {
        n for (n,) in board.query("SELECT name FROM entities WHERE type IN ('ORG', 'PERSON', 'WORK_OF_ART')")
    }
    assert names.isdisjoint(
        {"Direct Confrontation", "Hizbullah Model Copied", "Nuclear Front", "Supreme", "Unit"}
    )
    assert names.isdisjoint({"Parallel Foreign Policy", "Missile Warehouse", "Abu Fadl Al-Abbas"})
    assert type_of(board, one_entity(board, "Liwaa Abu Fadl Al-Abbas")) == "ORG"
