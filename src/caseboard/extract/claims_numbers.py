"""Counted facts: "11 workers were killed", "more than 2,000 fighters died"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from caseboard.extract.claims_syntax import SentenceView
from caseboard.records import Token

COUNT_VERBS = frozenset(
    {"kill", "die", "wound", "injure", "arrest", "evacuate", "displace", "rescue", "hospitalize", "infect",
     "detain", "execute", "spill", "leak"}
)  # fmt: skip
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
}  # fmt: skip
_LOWER = ("more than", "over", "at least", "upwards of", "in excess of")
_UPPER = ("less than", "fewer than", "under", "up to", "at most", "no more than")
_APPROX = ("about", "around", "approximately", "roughly", "nearly", "some", "almost", "an estimated", "up to")
_ONGOING = re.compile(r"\b(?:so far|to date|death toll|toll|has risen|have risen|rose to|climbed)\b", re.I)


@dataclass(slots=True)
class Count:
    noun: Token
    verb: Token
    number: float
    text: str
    bound: str  # exact | approx | lower | upper


def parse_number(text: str) -> float | None:
    words = text.lower().replace(",", "").split()
    total: float | None = None
    for w in words:
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            total = float(w) if total is None else total + float(w)
        elif w in _SCALE and total is not None:
            total *= _SCALE[w]
        elif w in _WORDS:
            total = (total or 0) + _WORDS[w]
        else:
            return None
    return total


def counts(view: SentenceView, raw: str) -> list[Count]:
    """Numbers counting the subject or object of a casualty-like verb, not running totals."""
    if _ONGOING.search(view.sentence.text):
        return []
    out = []
    for num in view.tokens:
        if num.pos != "NUM" or num.dep != "nummod":
            continue
        noun = view.by_index.get(num.head)
        verb = view.by_index.get(noun.head) if noun is not None else None
        if noun is None or verb is None or verb.lemma not in COUNT_VERBS:
            continue
        if noun.dep not in ("nsubj", "nsubjpass", "dobj") or _perfect(view, verb):
            continue
        parts = [t for t in view.subtree(num) if t.pos == "NUM" or t.text.lower() in _SCALE]
        value = parse_number(" ".join(t.text for t in parts))
        if value is not None:
            out.append(Count(noun, verb, value, raw[parts[0].start : parts[-1].end], _bound(raw, parts[0])))
    return out


def _perfect(view: SentenceView, verb: Token) -> bool:
    return any(a.lemma == "have" and a.dep == "aux" for a in view.kids(verb))


def _bound(raw: str, first: Token) -> str:
    before = raw[max(0, first.start - 20) : first.start].lower().rstrip()
    for words, kind in ((_LOWER, "lower"), (_UPPER, "upper"), (_APPROX, "approx")):
        if any(before.endswith(w) for w in words):
            return kind
    return "exact"
