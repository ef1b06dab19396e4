"""Counted facts: "11 workers were killed", "Mexico has confirmed 20 deaths", "5,000 barrels of oil a
day are leaking".

A count has a category (deaths, injured, missing, cases, ... or a leaked amount), a qualifier
(confirmed / suspected / none: a confirmed toll and a suspected one are different figures), a bound
(exact, approx, lower, upper) and, for amounts, a value normalized to barrels (a gallon is 1/42
barrel, a litre 1/159) so that "42,000 gallons a day" and "1,000 barrels a day" are one figure.
Not counted: ranges, increments ("20 more cases"), hypotheticals ("could spill"), generic rates
("kills 36,000 people in an average year"), numbers the sentence attaches to nothing countable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from caseboard.extract.claims_syntax import SentenceView
from caseboard.numbers import SCALE_SUFFIXES, SCALES, read_number
from caseboard.records import Token

# predicate lemma -> category of what is counted (the counted noun is its subject or object)
VERB_CATEGORY = {
    "kill": "deaths", "die": "deaths", "execute": "deaths", "wound": "injured", "injure": "injured",
    "hurt": "injured", "infect": "cases", "sicken": "cases", "hospitalize": "hospitalized",
    "arrest": "arrested", "detain": "arrested", "evacuate": "evacuated", "displace": "displaced",
    "rescue": "rescued", "miss": "missing",
}  # fmt: skip
LEAK_VERBS = frozenset(
    {"spill", "leak", "gush", "pour", "spew", "flow", "release", "escape", "discharge", "dump", "seep",
     "pump"}
)  # fmt: skip
LEAK_NOUNS = frozenset({"leak", "flow", "spill", "release", "discharge", "gusher"})
# counted nouns that carry their own category ("20 deaths", "40 confirmed cases")
NOUN_CATEGORY = {"death": "deaths", "fatality": "deaths", "case": "cases", "infection": "cases",
                 "injury": "injured"}  # fmt: skip
GENERIC_PEOPLE = frozenset({"people", "person", "persons"})
UNITS = {"barrel": 1.0, "gallon": 1 / 42, "litre": 1 / 159, "liter": 1 / 159}
QUALIFIERS = {"confirmed": "confirmed", "suspected": "suspected", "probable": "suspected",
              "estimated": "suspected", "possible": "suspected", "presumed": "suspected",
              "likely": "suspected"}  # fmt: skip
INCREMENTS = frozenset({"new", "more", "additional", "further", "other", "another", "extra", "fresh"})
HYPOTHETICAL = frozenset({"could", "would", "might", "may", "should", "can", "will", "must"})
# A scale word is no counted noun ("6m litres": the number's head is "m"; "hundreds" is a noun).
_SCALE = frozenset(SCALES.keys() - {"dozen"} | SCALE_SUFFIXES.keys())
_LOWER = ("more than", "over", "at least", "upwards of", "in excess of")
_UPPER = ("less than", "fewer than", "under", "up to", "at most", "no more than", "as many as", "as much as")
_APPROX = ("about", "around", "approximately", "roughly", "nearly", "some", "almost", "an estimated",
           "estimated", "close to")  # fmt: skip
_GENERIC = re.compile(
    r"\b(?:(?:a|per|each|every) (?:year|day|week|season)|annually|on average|average (?:year|season)|"
    r"normal (?:flu )?season|typical (?:flu )?season|seasonal flu)\b",
    re.IGNORECASE,
)
_PER_DAY = re.compile(r"^\W*(?:a|per|each|every)\s+day\b|^\W*daily\b", re.IGNORECASE)
_OUTDATED = re.compile(
    r"\b(?:had (?:estimated|said|put|been)|initial(?:ly)?|original(?:ly)?|earlier estimate|previous(?:ly)?|"
    r"first estimated|up from|worst[- ]case|scenario|capacity|capable|warn(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
_SUSPECT = re.compile(r"\b(?:suspected|believed|thought|probably|likely|may have|might have|feared)\b", re.I)


@dataclass(slots=True)
class Count:
    noun: Token  # the counted noun (workers, deaths, barrels)
    verb: Token | None  # the predicate it is counted by
    number: float  # amounts: barrels
    text: str  # the number as written, with its unit
    bound: str  # exact | approx | lower | upper
    attribute: str  # count:<category>:<noun or qualifier>, amount:leak:<day|total>


def counts(view: SentenceView, raw: str) -> list[Count]:
    """Every countable number of a sentence (see the module docstring for what is left out)."""
    out: list[Count] = []
    for num in view.tokens:
        if not _is_number(view, num):
            continue
        scale, noun = _scaled(view, view.by_index.get(num.head) or num)
        if noun is None or noun is num or _is_range(view, num) or _increment(view, noun):
            continue
        if noun.text.lower() in _SCALE or noun.text.lower() in ("%", "percent", "per", "times"):
            continue
        after = view.by_index.get(num.index + 1)
        if scale is None and after is not None and after.text.lower() in _SCALE and after.head == noun.index:
            scale = after  # "11m gallons": the scale hangs on the noun beside the number
        if noun.lemma.lower() in UNITS:
            found = _amount(view, raw, num, noun, scale)
        else:
            found = _casualty(view, raw, num, noun, scale)
        if found is not None:
            out.append(found)
    return [] if _listing(view, out) else out


def _listing(view: SentenceView, found: list[Count]) -> bool:
    """A list or table in one sentence ("1991: 520m gallons ... 1979: 140m gallons"): which date or
    place goes with which number is not clear, so none is kept."""
    years = [t for t in view.timexes if t.type == "DATE" and t.granularity == "year"]
    return len(found) >= 2 and len(years) >= 2


def _is_number(view: SentenceView, num: Token) -> bool:
    """A number modifying a noun; "Eleven" opening a sentence is often parsed as a name compound."""
    if num.dep == "nummod":
        return num.pos == "NUM" or read_number(num.text) is not None
    head = view.by_index.get(num.head)
    return (
        num.dep == "compound" and read_number(num.text) is not None and head is not None
        and head.pos == "NOUN" and head.text.lower() not in _SCALE
    )  # fmt: skip


def _parsed(view: SentenceView, num: Token, scale: Token | None) -> tuple[float, int, int] | None:
    parts = [t for t in view.subtree(num) if t.pos == "NUM" or t.text.lower() in _SCALE or t is num]
    parts += [scale] if scale is not None else []
    parts.sort(key=lambda t: t.index)
    between = [t for t in view.tokens if parts[0].index < t.index < parts[-1].index and t not in parts]
    if any(t.text.lower() in ("and", "to", "or", "-", "--") for t in between):
        return None  # a range: "between 12,000 and 19,000 barrels"
    value = read_number(" ".join(t.text for t in parts))
    return (value, parts[0].start, parts[-1].end) if value else None


def _scaled(view: SentenceView, noun: Token) -> tuple[Token | None, Token | None]:
    """ "6m litres": the number's head is the scale word; the counted noun is one step up."""
    if noun.text.lower() in _SCALE and noun.dep in ("compound", "nummod"):
        return noun, view.by_index.get(noun.head)
    return None, noun


def _casualty(view: SentenceView, raw: str, num: Token, noun: Token, scale: Token | None) -> Count | None:
    lemma = noun.lemma.lower()
    verb = view.by_index.get(noun.head)
    category = NOUN_CATEGORY.get(lemma)
    if category is None:
        if verb is None or verb.lemma not in VERB_CATEGORY or noun.dep not in ("nsubj", "nsubjpass", "dobj"):
            return None
        category = VERB_CATEGORY[verb.lemma]
        group = "people" if lemma in GENERIC_PEOPLE else lemma
    else:
        group = "people"
        verb = verb if verb is not None and verb.pos in ("VERB", "AUX") else None
    if verb is not None and (_hypothetical(view, verb) or _generic(view, raw, verb)):
        return None
    parsed = _parsed(view, num, scale)
    if parsed is None:
        return None
    value, lo, hi = parsed
    qualifier = _qualifier(view, noun, verb)
    attribute = f"count:{category}:{group}" + (f":{qualifier}" if qualifier else "")
    return Count(noun, verb, value, raw[lo:hi], _bound(raw, lo), attribute)


def _amount(view: SentenceView, raw: str, num: Token, unit: Token, scale: Token | None) -> Count | None:
    """A leaked amount: the unit noun is the subject/object of a leak verb, or "a leak of N barrels"."""
    verb = view.by_index.get(unit.head)
    if verb is None:
        return None
    if verb.lemma in LEAK_VERBS and unit.dep in ("nsubj", "nsubjpass", "dobj"):
        pred = verb
    elif verb.lemma == "of" and unit.dep == "pobj":
        owner = view.by_index.get(verb.head)
        pred = owner if owner is not None and owner.lemma.lower() in LEAK_NOUNS else None
    else:
        pred = None
    if pred is None or _hypothetical(view, pred, strict=True) or _OUTDATED.search(view.sentence.text):
        return None
    parsed = _parsed(view, num, scale)
    if parsed is None:
        return None
    value, lo, _ = parsed
    per = "day" if _per_day(view, raw, unit, pred) else "total"
    text = raw[lo : unit.end]
    return Count(unit, pred, value * UNITS[unit.lemma.lower()], text, _bound(raw, lo), f"amount:leak:{per}")


def _per_day(view: SentenceView, raw: str, unit: Token, pred: Token) -> bool:
    for head in (unit, pred):
        for kid in view.kids(head, "npadvmod", "prep", "advmod"):
            if kid.lemma.lower() in ("day", "daily") or _PER_DAY.match(raw[kid.start - 6 : kid.end + 4]):
                return True
    return bool(_DAY_AFTER.match(raw[unit.end : unit.end + 80]))


_PAREN = r"(?:\s*(?:\(|--|-)[^()]{0,40}(?:\)|--|-))?"
_DAY_AFTER = re.compile(
    rf"^{_PAREN}(?:\s+of\s+(?:crude\s+)?(?:oil|crude))?{_PAREN}\W*(?:a|per|each|every)\s+day\b", re.IGNORECASE
)


def _generic(view: SentenceView, raw: str, verb: Token) -> bool:
    """A rate of a kind of event ("kills 36,000 people in an average year"), not one happening."""
    toks = view.subtree(verb, skip=frozenset({"relcl", "ccomp", "parataxis", "advcl", "conj"}))
    return bool(_GENERIC.search(raw[toks[0].start : toks[-1].end]))


def _is_range(view: SentenceView, num: Token) -> bool:
    """ "between 1,000 and 5,000", "8 million to 9 million", "30,000 to 40,000"."""
    head = view.by_index.get(num.head)
    siblings = [k for k in view.kids(head, "nummod") if k is not num] if head is not None else []
    if siblings or view.kids(num, "cc"):  # "between 12,000 and 19,000 barrels" (two numbers on one noun)
        return True
    others = [c for c in view.subtree(num) if c is not num]
    if any(c.pos == "NUM" and c.dep in ("conj", "quantmod", "prep") for c in others):
        return True
    before = [t for t in view.tokens if t.index in (num.index - 1, num.index - 2)]
    return any(t.text.lower() in ("to", "and", "-", "or") for t in before[-1:]) and any(
        t.pos == "NUM" for t in before[:1]
    )


def _increment(view: SentenceView, noun: Token) -> bool:
    """ "20 more cases", "one more confirmed case", "an additional 12 deaths"."""
    near = view.kids(noun, "nummod", "amod")
    mods = view.kids(noun, "amod", "advmod") + [m for n in near for m in view.kids(n, "amod", "advmod")]
    return any(k.lemma.lower() in INCREMENTS for k in mods)


def _hypothetical(view: SentenceView, verb: Token, strict: bool = False) -> bool:
    """ "could spill" (and, ``strict``, "could have escaped"); "may have killed" is a suspected count."""
    aux = [a.lemma.lower() for a in view.kids(verb, "aux", "auxpass")]
    return any(a in HYPOTHETICAL for a in aux) and (strict or "have" not in aux)


def _qualifier(view: SentenceView, noun: Token, verb: Token | None) -> str:
    for k in view.kids(noun, "acl"):  # "seven deaths so far confirmed"
        if k.lemma in ("confirm", "suspect"):
            return "confirmed" if k.lemma == "confirm" else "suspected"
    for k in view.kids(noun, "amod", "compound"):
        if k.lemma.lower() in QUALIFIERS or k.text.lower() in QUALIFIERS:
            return QUALIFIERS.get(k.text.lower()) or QUALIFIERS[k.lemma.lower()]
    for head in (verb, _clause_parent(view, verb)):  # "confirmed 20 deaths", "confirmed to have infected 20"
        if head is not None and head.lemma in ("confirm", "suspect"):
            return "confirmed" if head.lemma == "confirm" else "suspected"
    lo = verb.start if verb is not None and verb.start < noun.start else noun.start
    return "suspected" if _SUSPECT.search(view.sentence.text[: max(0, lo - view.sentence.start) + 1]) else ""


def _clause_parent(view: SentenceView, verb: Token | None) -> Token | None:
    if verb is None or verb.pos not in ("VERB", "AUX") or verb.dep not in ("xcomp", "ccomp", "pcomp"):
        return None
    up = view.by_index.get(verb.head)
    if up is not None and up.dep == "prep":  # "suspected of killing"
        up = view.by_index.get(up.head)
    return up


def _bound(raw: str, start: int) -> str:
    before = raw[max(0, start - 20) : start].lower().rstrip()
    for words, kind in ((_LOWER, "lower"), (_UPPER, "upper"), (_APPROX, "approx")):
        if any(before.endswith(" " + w) or before == w for w in words):
            return kind
    return "exact"
