"""Can two values of the same attribute both be true? Pure comparisons, one per value type.

Dates compare as intervals (``earliest``..``latest``), so "1998" agrees with "late 1997 or early
1998" and "the summer of 2015" with "July 2015"; an age is read as the birth interval it implies
at the document's date. Places disagree only when both are precise (a facility such as an airport)
or when neither names the other; numbers disagree beyond rounding, with bounds ("more than",
"about") widening them. When unsure, the answer is "compatible": a false alarm is worse than a
missed conflict.
"""

from __future__ import annotations

import re

from caseboard.extract.claims_lexicon import FACILITY_NOUNS
from caseboard.extract.claims_records import AGE, DATE, ENTITY, NUMBER, PLACE, Claim

ROUNDING = 0.05  # a round exact number may be off by this share
APPROX = 0.2  # "about N"


def incompatible(a: Claim, b: Claim) -> str | None:
    """The conflict kind when ``a`` and ``b`` cannot both be true, else None."""
    if a.negated or b.negated or a.attribute != b.attribute:
        return None
    types = {a.value_type, b.value_type}
    if types <= {DATE, AGE}:
        return _dates(a, b)
    if types == {PLACE}:
        return "place" if places_differ(a.value, b.value) else None
    if types == {NUMBER}:
        return "number" if numbers_differ(a, b) else None
    if types == {ENTITY}:
        return "actor" if _norm(a.value) != _norm(b.value) and not _contains(a.value, b.value) else None
    return None


def _dates(a: Claim, b: Claim) -> str | None:
    if not (a.earliest and a.latest and b.earliest and b.latest):
        return None
    if intervals_overlap(*_widened(a), *_widened(b)):
        return None
    return "age" if AGE in (a.value_type, b.value_type) else "date"


def _widened(c: Claim) -> tuple[str, str]:
    """An age may be a year stale (told in an earlier interview, rounded): widen it by one year."""
    lo, hi = c.earliest or "", c.latest or ""
    if c.value_type != AGE:
        return lo, hi
    return str(int(lo[:4]) - 1) + lo[4:], str(int(hi[:4]) + 1) + hi[4:]


def intervals_overlap(a0: str, a1: str, b0: str, b1: str) -> bool:
    """ISO date intervals (inclusive) share at least one day."""
    return a0 <= b1 and b0 <= a1


def _norm(text: str) -> str:
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip().casefold())
    return re.sub(r"[^\w]+", " ", text).strip()


def _contains(a: str, b: str) -> bool:
    x, y = _norm(a), _norm(b)
    return bool(x and y) and (f" {x} " in f" {y} " or f" {y} " in f" {x} ")


def _is_facility(text: str) -> bool:
    return any(w in FACILITY_NOUNS for w in _norm(text).split())


def places_differ(a: str, b: str) -> bool:
    """Two places that cannot be the same spot: precise facilities with different names.

    A city and a country, or two regions, may contain one another and are never called a conflict
    without a gazetteer to tell."""
    if _contains(a, b) or _norm(a) == _norm(b):
        return False
    if _sibling_places(a, b):
        return True
    if not (_is_facility(a) and _is_facility(b)):
        return False
    return not (_name_words(a) & _name_words(b))


def _sibling_places(a: str, b: str) -> bool:
    """ "Lyon, France" and "Marseille, France": two different places that the sources each place
    in the same region (without a gazetteer, a bare "Lyon" against "Marseille" stays unknown)."""
    pa, pb = [_norm(x) for x in a.split(",")], [_norm(x) for x in b.split(",")]
    if len(pa) < 2 or len(pb) < 2 or pa[-1] != pb[-1]:
        return False
    first_a, first_b = pa[0], pb[0]
    return not (set(first_a.split()) & set(first_b.split())) and not _contains(first_a, first_b)


_GENERIC = frozenset({"international", "city", "old", "new", "main", "central", "of", "the", "al"})


def _name_words(text: str) -> set[str]:
    return {w for w in _norm(text).split() if w not in FACILITY_NOUNS and w not in _GENERIC}


def number_range(n: float, bound: str) -> tuple[float, float]:
    if bound == "lower":
        return n, float("inf")
    if bound == "upper":
        return 0.0, n
    if bound == "approx":
        return n * (1 - APPROX), n * (1 + APPROX)
    if n >= 10 and n % 10 == 0:
        return n * (1 - ROUNDING), n * (1 + ROUNDING)
    return n, n


def numbers_differ(a: Claim, b: Claim) -> bool:
    if a.number is None or b.number is None:
        return False
    a0, a1 = number_range(a.number, a.bound)
    b0, b1 = number_range(b.number, b.bound)
    return a1 < b0 or b1 < a0
