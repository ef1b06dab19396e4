"""Date candidates of a retrieved sentence: which of its time expressions can date the happening
the question asks about, and which words of the sentence tell of it."""

from __future__ import annotations

from typing import Any

from caseboard.extract.timex_lexicon import HAPPENING_NOUN
from caseboard.query.ask_records import DATE, Candidate, Question
from caseboard.query.ask_sentences import cite, nearness
from caseboard.query.ask_values import date_answer, date_key
from caseboard.query.search import SearchHit
from caseboard.query.search_index import stem_words

DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "this", "that", "a", "an"})
NOUN_TAGS = ("NOUN", "PROPN", "ADJ")


def relation_stems(question: Question) -> set[str]:
    from caseboard.query.ask_question import RELATIONS

    return set(stem_words([w for rel in question.relations for w in RELATIONS[rel]]))


def attributive(position: int, hit: SearchHit, tokens: list[dict[str, Any]], related: set[str]) -> bool:
    """ "the graves of the slain members", "targeted killings": a happening word used as an adjective
    before a noun tells of something already done (or a kind of thing), not of what the sentence's
    date dates."""
    token = next((t for t in tokens if t["start"] - hit.start == position), None)
    return (
        token is not None
        and token["dep"] == "amod"
        and token["pos"] in ("ADJ", "VERB")
        and bool(set(stem_words([token["text"]])) & related)
    )


def lemma_positions(hit: SearchHit, tokens: list[dict[str, Any]], stems: set[str]) -> list[int]:
    """Positions of the words whose stored lemma has a trigger's stem ("withdrew" for "withdraw")."""
    lemmas = stem_words([t["lemma"] or "" for t in tokens])
    return [t["start"] - hit.start for t, stem in zip(tokens, lemmas, strict=True) if stem in stems]


def date_candidates(
    rows: list[dict[str, Any]],
    tokens: list[dict[str, Any]],
    hit: SearchHit,
    anchors: list[int],
    weight: float,
    triggers: set[str],
) -> list[Candidate]:
    """``triggers``: the stems of the question's own words (``names_other_happening``)."""
    found = []
    for r in rows:
        if r["type"] != "DATE" or not r["earliest"] or not r["latest"]:
            continue
        if names_other_happening(hit.quote, r["end"] - hit.start, triggers):
            continue
        if dates_a_thing(r, hit, tokens, triggers):
            continue
        text, relative = date_answer(r["text"], r["value"], r["earliest"], r["latest"])
        near = 1.0 if governed_by(r, tokens, anchors, hit) else nearness(r["start"] - hit.start, anchors)
        found.append(Candidate(text, DATE, date_key(r["earliest"], r["latest"]), cite(hit), weight * near,
                               r["earliest"], r["latest"], normalized=relative))  # fmt: skip
    return found


def governed_by(
    timex: dict[str, Any], tokens: list[dict[str, Any]], anchors: list[int], hit: SearchHit
) -> bool:
    """ "reached in 2015, fell apart after the US withdrew in 2018": the date hangs (through its
    preposition) from a trigger word of the question, whatever the distance to the others."""
    by_idx = {t["idx"]: t for t in tokens}
    inside = {t["idx"] for t in tokens if t["start"] >= timex["start"] and t["end"] <= timex["end"]}
    node = next((by_idx[i] for i in sorted(inside) if by_idx[i]["head"] not in inside), None)
    for _ in range(3):  # date -> preposition -> verb or noun
        head = by_idx.get(node["head"]) if node else None
        if head is None or head is node:
            return False
        if head["pos"] in ("VERB", "NOUN", "AUX"):
            return head["start"] - hit.start in anchors and not hosts_between(head, timex, tokens)
        node = head
    return False


def hosts_between(head: dict[str, Any], timex: dict[str, Any], tokens: list[dict[str, Any]]) -> bool:
    """A noun or verb between the date and the word the parser hangs it from could host it as well
    ("charged ... following Jackson's death in June 2009"): the attachment is not trusted."""
    before = head["end"] <= timex["start"]
    low, high = (head["end"], timex["start"]) if before else (timex["end"], head["start"])
    return any(
        low <= t["start"] and t["end"] <= high and t["pos"] in ("NOUN", "VERB", "PROPN") for t in tokens
    )


def names_other_happening(quote: str, end: int, triggers: set[str]) -> bool:
    """ "after the 9/11 attacks ... targeted": a date written before an event noun is the date of
    that happening, an answer only when the question's own words name it ("When were the 9/11
    attacks?"; an "attack" merely related to "targeted" is another happening)."""
    m = HAPPENING_NOUN.match(quote, end)
    return m is not None and not set(stem_words([m["noun"]])) & triggers


def dates_a_thing(
    timex: dict[str, Any], hit: SearchHit, tokens: list[dict[str, Any]], triggers: set[str]
) -> bool:
    """ "its commitments under the 2015 nuclear deal": a date between a determiner and the words of
    a noun phrase dates that thing, not the sentence's verb; an answer only when the question's own
    words name the thing ("When was the nuclear deal reached?")."""
    before = [t for t in tokens if t["end"] <= timex["start"]]
    after = [t for t in tokens if t["start"] >= timex["end"]]
    if not before or not after or before[-1]["text"].lower() not in DETERMINERS:
        return False
    words = []
    for token in after:
        if token["pos"] not in NOUN_TAGS:
            break
        words.append(token["text"])
    return bool(words) and not set(stem_words(words)) & triggers
