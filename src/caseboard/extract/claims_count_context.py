"""What happening a count is about, and when: the anchor and the time key of a counted fact.

Two counts are compared only when they count the same category for the same anchor at the same
time. The anchor is a named site or event of the count's clause ("an explosion that destroyed the
Deepwater Horizon rig and killed 11 workers"), else a named place attached to the count ("killed 60
people in Mexico"), else the place that is the subject of its clause ("Mexico has confirmed 20
deaths"), else the one site the sentence names. Running totals ("has killed", "so far", "death
toll") and leak rates are compared only with figures of the same day (the publication day, or the
day a log-like sentence is dated by: "April 25 - The Coast Guard says ..."); a finished happening at
a named site by its year; anything else by the explicit date of its clause, else the publication
day. A count with no anchor is kept as a claim but not compared."""

from __future__ import annotations

import re
from dataclasses import dataclass

from caseboard.extract.claims_lexicon import SITE_NOUNS
from caseboard.extract.claims_numbers import Count
from caseboard.extract.claims_patterns import PLACES
from caseboard.extract.claims_syntax import SentenceView
from caseboard.records import Mention, Timex, Token

AMBIGUOUS = Mention("", "", 0, 0, "", "", 0, "")  # a count over several places at once
HAPPENINGS = frozenset({"FAC", "EVENT", "PRODUCT"})
GENERIC_LAST = frozenset({"city", "town", "island", "bay", "field", "point", "port", "beach", "county",
                          "river", "lake", "valley", "sound", "gulf", "coast", "sea", "street",
                          "square"})  # fmt: skip
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "NORP"})
NOT_SITES = NOT_NAMES | {"GPE", "LOC"}
DISASTER_VERBS = frozenset(
    {"explode", "sink", "catch", "burn", "collapse", "crash", "capsize", "blow", "erupt"}
)
DISASTER_NOUNS = frozenset(
    {"explosion", "blast", "fire", "collapse", "crash", "sinking", "disaster", "accident"}
)
LOCATIVE = frozenset({"in", "at", "near", "off", "into", "across", "throughout", "inside", "on", "from"})
RATES = "amount:leak:day"  # a leak rate is compared without a named anchor (one leak per story)
NOT_THE_TIME = frozenset({"since", "from", "until", "till", "by", "through", "after", "before", "between"})
_RUNNING = re.compile(
    r"\b(?:so far|to date|death toll|toll|total|has risen|have risen|rose to|risen to|climbed|now|"
    r"already|bringing)\b",
    re.IGNORECASE,
)


def clause_tokens(view: SentenceView, tok: Token) -> list[Token]:
    """The clause a predicate belongs to: up through conjuncts and participles ("destroyed the rig
    on 20 April, killing 11 workers"), and the noun a relative clause modifies ("an explosion that
    ... killed 11 workers")."""
    head = tok
    for _ in range(4):
        up = view.by_index.get(head.head)
        if up is None or up is head:
            break
        if head.dep in ("relcl", "acl"):
            head = up
            break
        if head.dep == "conj" or head.dep == "advcl" and head.tag == "VBG" or head.pos not in ("VERB", "AUX"):
            head = up
            continue
        break
    return view.subtree(head, skip=frozenset({"ccomp", "parataxis"}))


@dataclass(slots=True)
class Anchor:
    mention: Mention
    site: bool  # a named facility or event (else a place)

    def key(self, place_key: str) -> str:
        return "site:" + site_key(self.mention.text) if self.site else place_key


def site_key(text: str) -> str:
    """ "Deepwater Horizon", "the Deepwater Horizon" and "Horizon" -> "horizon"; a generic last word
    keeps the whole name ("Texas City")."""
    words = re.sub(r"^(?:the|a|an)\s+|[\u2019']s$", "", text.strip(), flags=re.IGNORECASE).casefold().split()
    if not words:
        return text.casefold()
    return words[-1] if words[-1] not in GENERIC_LAST and len(words) > 1 else " ".join(words)


def count_anchor(view: SentenceView, c: Count) -> Anchor | None:
    """The named facility, event or place a count is about (None: not compared)."""
    clause = clause_tokens(view, c.verb or c.noun)
    inside = _sites(view, clause)
    if inside:
        return Anchor(min(inside, key=lambda m: m.start), True)
    for head in (c.noun, c.verb):
        if head is None:
            continue
        for m in _locative_places(view, head):
            return Anchor(m, m.label in HAPPENINGS) if m is not AMBIGUOUS else None
    root = next((t for t in clause if view.by_index.get(t.head) not in clause or t.head == t.index), None)
    subjects = view.kids(root, "nsubj") if root is not None else []
    subject = view.mention_at(subjects[0], frozenset({"GPE", "LOC"})) if subjects else None
    if subject is not None:
        return Anchor(subject, False)
    only = _only_site(view)
    return Anchor(only, True) if only is not None else None


def _sites(view: SentenceView, toks: list[Token]) -> list[Mention]:
    """The named facilities and events among ``toks`` (a clause, or the whole sentence)."""
    found = _mentions_within(view, toks, HAPPENINGS) + _facility_modifiers(view, toks)
    return found + _disaster_subjects(view, toks)


def _only_site(view: SentenceView) -> Mention | None:
    """The one named facility or event of the sentence, when there is exactly one."""
    found = _sites(view, view.tokens)
    return found[0] if len({site_key(m.text) for m in found}) == 1 else None


def _disaster_subjects(view: SentenceView, clause: list[Token]) -> list[Mention]:
    """A name that explodes, sinks or burns ("after Deepwater Horizon caught fire and sank"), or that an
    explosion is of ("the explosion of the Transocean Deepwater Horizon Rig"), whatever its label."""
    out = []
    for tok in clause:
        if tok.pos == "VERB" and tok.lemma in DISASTER_VERBS:
            subjects = view.kids(tok, "nsubj", "nsubjpass")
            if not subjects and tok.dep == "conj":  # "caught fire and sank"
                subjects = view.kids(view.by_index.get(tok.head, tok), "nsubj")
            out += [
                m
                for m in (view.mention_at(t) for t in subjects)
                if m is not None and m.label not in NOT_SITES
            ]
        elif tok.pos == "NOUN" and tok.lemma in DISASTER_NOUNS:
            objs = [
                o
                for p in view.kids(tok, "prep")
                if p.text.lower() in ("of", "on", "at")
                for o in view.kids(p, "pobj")
            ]
            out += [
                m for m in (view.mention_at(t) for t in objs) if m is not None and m.label not in NOT_SITES
            ]
    return out


def _facility_modifiers(view: SentenceView, clause: list[Token]) -> list[Mention]:
    """A name modifying a facility noun ("the Deepwater Horizon rig", "its Texas City refinery"),
    whatever label the tagger gave it."""
    out = []
    for tok in clause:
        if tok.pos != "NOUN" or tok.lemma.lower() not in SITE_NOUNS:
            continue
        for kid in view.kids(tok, "compound", "nmod"):
            m = view.mention_at(kid)
            if m is not None and m.label not in NOT_NAMES:
                out.append(m)
    return out


def _locative_places(view: SentenceView, head: Token) -> list[Mention]:
    found = []
    for prep in view.kids(head, "prep"):
        if prep.text.lower() not in LOCATIVE:
            continue
        for obj in view.kids(prep, "pobj"):
            m = view.mention_at(obj, PLACES) or next(iter(_facility_modifiers(view, [obj])), None)
            if m is None:  # "the waters of the Gulf of Mexico"
                objs = [o for p in view.kids(obj, "prep") for o in view.kids(p, "pobj")]
                inner = [view.mention_at(o, PLACES) for o in objs]
                m = next((x for x in inner if x is not None), None)
            if m is not None and any(view.mention_at(k, PLACES) for k in view.kids(obj, "conj")):
                return [AMBIGUOUS]  # "in California and Texas": a total over several places
            if m is not None:
                found.append(m)
    return found


def _mentions_within(view: SentenceView, toks: list[Token], labels: frozenset[str]) -> list[Mention]:
    if not toks:
        return []
    lo, hi = toks[0].start, toks[-1].end
    return sorted((m for m in view.mentions if lo <= m.start and m.end <= hi and m.label in labels),
                  key=lambda m: m.start)  # fmt: skip


def count_time(view: SentenceView, raw: str, c: Count, published: str | None, site: bool) -> str | None:
    """The time key: an explicit date of the happening, else the publication day (None: unknown).

    A finished happening at a named site ("the explosion that destroyed the Deepwater Horizon rig
    killed 11 workers") is keyed by its year, so that outlets telling it on different days meet."""
    day = "published " + published if published and len(published) == 10 else None
    clause = clause_tokens(view, c.verb or c.noun)
    dated = _clause_date(view, raw, clause)
    if _running(view, raw, c, clause):
        told = _sentence_day(view, raw, c)  # "April 25 - The Coast Guard says ... 1,000 barrels a day"
        return "published " + told if told is not None and told != published else day
    if site and c.attribute.startswith("count:"):
        year = (dated.earliest or "")[:4] if dated is not None else (published or "")[:4]
        return "year " + year if len(year) == 4 else None
    return dated.value if dated is not None else day


def _sentence_day(view: SentenceView, raw: str, c: Count) -> str | None:
    """The day a running figure is given for, when the sentence is dated like a log entry: "April 25 -
    The Coast Guard says ...", "On Monday, officials said ..." (the last such date before the count;
    a date elsewhere in the sentence belongs to something else: "meet on Thursday")."""
    at = (c.verb or c.noun).start
    found = None
    for t in view.timexes:
        if t.type != "DATE" or t.granularity != "day" or not t.earliest or t.start > at:
            continue
        lead = raw[max(view.sentence.start, t.start - 4) : t.start].strip(" *\\").lower()
        leading = t.start - view.sentence.start <= 4 or lead in ("on", "-", "*")
        dated_entry = bool(re.match(r"^\s*(?:-|--|:|,)", raw[t.end : t.end + 3]))
        if leading and dated_entry:
            found = t.earliest
    return found


def _clause_date(view: SentenceView, raw: str, clause: list[Token]) -> Timex | None:
    if not clause:
        return None
    lo, hi = clause[0].start, clause[-1].end
    for t in view.timexes:
        if t.type != "DATE" or not t.earliest or not (lo <= t.start and t.end <= hi):
            continue
        before = raw[max(0, t.start - 12) : t.start].lower().split()
        if not before or before[-1] not in NOT_THE_TIME:
            return t
    return None


def _running(view: SentenceView, raw: str, c: Count, clause: list[Token]) -> bool:
    """A running total (perfect aspect, "so far", "toll"): true of the day it is told."""
    verb = c.verb
    if verb is not None and any(a.lemma == "have" for a in view.kids(verb, "aux")):
        return True
    if c.attribute.startswith(RATES):
        return True  # an estimated rate is an estimate of its day
    lo, hi = clause[0].start, clause[-1].end
    return bool(_RUNNING.search(raw[lo:hi]))
