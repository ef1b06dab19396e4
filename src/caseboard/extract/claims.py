"""Claim extraction over the stored rows of one document (a pure function of ``ClaimInput``).

A claim is a factual statement with its speaker (the outlet's voice, or a named, anonymous or
reported source), its hedges and negation, and its evidence: the sentence's original-text offsets
and the quoted text read back from the original. Structured claims (birth, death, age, role,
counts) carry a normalized value so they can be compared across sources; attributed or hedged
sentences are kept as ``statement`` claims so every "who says so" is listed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from caseboard.extract import claims_patterns as pat
from caseboard.extract.attribution import find_hedges, find_speaker, is_negated
from caseboard.extract.claims_count_context import RATES, Anchor, count_anchor, count_time, site_key
from caseboard.extract.claims_numbers import Count, counts
from caseboard.extract.claims_records import DATE, NUMBER, OUTLET, PLACE, TEXT, Claim, ClaimInput, Speaker
from caseboard.extract.claims_syntax import SentenceView
from caseboard.records import Mention

STATEMENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "EVENT"})


def sentence_views(inp: ClaimInput) -> list[SentenceView]:
    """The document's sentences as read-only views, built once per ``ClaimInput``: the claims, the
    reported conflicts and the framing each walk all of them (three builds were nearly half of the
    claims stage)."""
    if inp.views is None:
        inp.views = _build_views(inp)
    return inp.views


def _build_views(inp: ClaimInput) -> list[SentenceView]:
    tokens, mentions, timexes = defaultdict(list), defaultdict(list), defaultdict(list)
    for t in inp.tokens:
        tokens[t.sent].append(t)
    for m in person_votes(inp.mentions):
        mentions[m.sent].append(m)
    for x in inp.timexes:
        timexes[_sentence_of(inp, x.start)].append(x)
    return [SentenceView(s, tokens[s.index], mentions[s.index], timexes[s.index]) for s in inp.sentences]


def person_votes(found: list[Mention]) -> list[Mention]:
    """Mentions relabelled PERSON when the same text is mostly tagged PERSON in the document."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in found:
        votes[m.text][m.label] += 1
    persons = {t for t, c in votes.items() if c.most_common(1)[0][0] == "PERSON"}
    return [replace(m, label="PERSON") if m.text in persons and m.label != "PERSON" else m for m in found]


def _sentence_of(inp: ClaimInput, offset: int) -> int:
    for s in inp.sentences:
        if s.start <= offset < s.end:
            return s.index
    return -1


_ARTICLE = re.compile(r"^(?:al|el|ad|ed|ud|as|ash|ar|an|at|az)[-\u2010\u2011]", re.IGNORECASE)


def name_key(text: str) -> str:
    """A spelling-tolerant key of a family name: consonant skeleton of the last name unit.

    "Badr al-Din" and "Badreddine" -> "bdrdn"; "Soleimani" and "Suleimani" -> "slmn". Used only
    when entity resolution has not linked the mention."""
    words = [w for w in re.sub(r"[\u2019']s\b", "", text).split() if w[:1].isalnum()]
    if not words:
        return text.casefold()
    unit = words[-2:] if len(words) >= 2 and _ARTICLE.match(words[-1]) else words[-1:]
    letters = "".join(_ARTICLE.sub("", w) for w in unit).casefold()
    skeleton = re.sub(r"[^a-z]|[aeiouy]", "", letters) or letters
    return re.sub(r"(.)\1+", r"\1", skeleton)


def subject_key(m: Mention, entity_of: dict[str, str], full: dict[str, str] | None = None) -> str:
    """The resolved entity id, or a surface key when unresolved (``full``: short -> full name)."""
    if m.id in entity_of:
        return entity_of[m.id]
    if m.label != "PERSON":
        return "name:" + m.text.casefold()
    bare = _bare(m.text)
    return "name:" + name_key((full or {}).get(bare, bare))


def _bare(text: str) -> str:
    return re.sub(r"[\u2019']s?$", "", text.strip())


def full_names(mentions: list[Mention]) -> dict[str, str]:
    """Single-word person mentions -> the one longer name of the document ending with that word."""
    longer: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = _bare(m.text).split()
        if m.label == "PERSON" and len(words) >= 2:
            longer[words[-1]].add(_bare(m.text))
    return {short: next(iter(names)) for short, names in longer.items() if len(names) == 1}


class _Extractor:
    def __init__(self, inp: ClaimInput):
        self.inp = inp
        self.views = sentence_views(inp)
        self.outlet = inp.outlet or inp.doc
        self.full = full_names(inp.mentions)
        self.main = self._main_person()

    def key(self, m: Mention) -> str:
        return subject_key(m, self.inp.entity_of, self.full)

    def _main_person(self) -> Mention | None:
        persons = [m for m in self.inp.mentions if m.label == "PERSON"]
        if not persons:
            return None
        top = Counter(self.key(m) for m in persons).most_common(1)[0][0]
        return next(m for m in persons if self.key(m) == top)

    def run(self) -> list[Claim]:
        out: list[Claim] = []
        for i, view in enumerate(self.views):
            prev = self.views[i - 1] if i and self._same_paragraph(self.views[i - 1], view) else None
            out.extend(self._sentence_claims(view, prev))
        return out

    def _same_paragraph(self, a: SentenceView, b: SentenceView) -> bool:
        return "\n" not in self.inp.raw_text[a.sentence.end : b.sentence.start]

    def _sentence_claims(self, view: SentenceView, prev: SentenceView | None) -> list[Claim]:
        raw = self.inp.raw_text
        speaker = find_speaker(view, raw, self.outlet, self.inp.entity_of)
        hedges = find_hedges(view)
        found = pat.births(view, raw) + pat.ages(view, raw) + pat.roles(view, raw) + pat.happenings(view, raw)
        found += self._deaths(view, prev)
        claims = [self._claim(view, f, speaker, hedges, prev if f.inherited else None) for f in found]
        claims = [c for c in claims if c is not None]
        claims += self._counts(view, speaker, hedges)
        if not claims and (speaker.type != OUTLET or hedges):
            claims += self._statement(view, speaker, hedges)
        return claims

    def _deaths(self, view: SentenceView, prev: SentenceView | None) -> list[pat.Found]:
        raw = self.inp.raw_text
        out: list[pat.Found] = []
        for marker, setting, trigger in pat.deaths(view, raw):
            if marker.attribute == "death_actor":
                out.append(marker)
                continue
            inherited = False
            root = next((t for t in prev.tokens if t.dep == "ROOT"), None) if prev is not None else None
            partial = setting.date is None or setting.place is None
            if partial and trigger.dep != "pobj" and root and self._mentions_subject(prev, marker.subject):
                before = pat.setting_under(prev, raw, root)
                inherited = before.date is not None and setting.date is None
                inherited |= before.place is not None and setting.place is None
                setting = pat.Setting(setting.date or before.date, setting.place or before.place)
            if setting.date is not None:
                found = pat.date_found(marker.subject, "death_date", trigger, setting.date)
                found.inherited = inherited
                out.append(found)
            if setting.place is not None:
                place = pat.Found(marker.subject, "death_place", setting.place, PLACE, trigger)
                place.inherited = inherited
                out.append(place)
        return out

    def _mentions_subject(self, view: SentenceView, subject: Mention | None) -> bool:
        target = subject or self.main
        if target is None:
            return False
        key = self.key(target)
        return any(self.key(m) == key for m in view.mentions)

    def _claim(
        self, view: SentenceView, f: pat.Found, speaker: Speaker, hedges: list[str], prev: SentenceView | None
    ) -> Claim | None:
        subject = f.subject or self.main
        if subject is None:
            return None
        start = prev.sentence.start if prev is not None else view.sentence.start
        claim = self._base(view, start, subject, f.attribute, f.value, f.value_type, speaker, hedges)
        claim.earliest, claim.latest = f.earliest, f.latest
        if f.attribute.startswith("event_date:"):  # a site, however the tagger labelled its name
            claim.match = "site:" + site_key(subject.text)
        claim.negated = f.trigger is not None and is_negated(view, f.trigger)
        if prev is not None and speaker.type == OUTLET:
            claim.speaker = find_speaker(prev, self.inp.raw_text, self.outlet, self.inp.entity_of)
        return claim

    def _base(
        self,
        view: SentenceView,
        start: int,
        subject: Mention,
        attribute: str,
        value: str,
        value_type: str,
        speaker: Speaker,
        hedges: list[str],
    ) -> Claim:
        end = view.sentence.end
        key = self.key(subject)
        cid = Claim.make_id(self.inp.doc, start, attribute, key, value)
        quote = self.inp.raw_text[start:end]
        match = subject_key(subject, {}, self.full) if subject.label == "PERSON" else ""
        return Claim(cid, self.inp.doc, view.sentence.index, start, end, quote, key, subject.text, attribute,
                     value, value_type, speaker=speaker, hedges=list(hedges), match=match)  # fmt: skip

    def _counts(self, view: SentenceView, speaker: Speaker, hedges: list[str]) -> list[Claim]:
        out = []
        raw = self.inp.raw_text
        for c in counts(view, raw):
            rate = c.attribute.startswith(RATES)  # a rate is told of the leak, whatever place it names
            anchor = None if rate else count_anchor(view, c) or self._event_anchor(view, c)
            when = count_time(view, raw, c, self.inp.published, anchor is not None and anchor.site)
            if when is None or anchor is None and not rate:
                continue
            if anchor is not None and anchor.mention.id.startswith("event:"):
                key, text = anchor.mention.id, anchor.mention.text
            elif anchor is not None:
                key, text = anchor.key(self.key(anchor.mention)), anchor.mention.text
            else:
                key, text = "leak", "the leak"
            start, end = view.sentence.start, view.sentence.end
            cid = Claim.make_id(self.inp.doc, start, c.attribute, key, c.text)
            claim = Claim(cid, self.inp.doc, view.sentence.index, start, end, raw[start:end],
                          f"{key}@{when}", text, c.attribute, c.text, NUMBER, speaker=speaker,
                          hedges=list(hedges))  # fmt: skip
            claim.number, claim.bound = c.number, c.bound
            claim.negated = c.verb is not None and is_negated(view, c.verb)
            out.append(claim)
        return out

    def _event_anchor(self, view: SentenceView, c: Count) -> Anchor | None:
        """The timeline's event group (told by >= 2 documents) whose trigger is the count's verb."""
        if c.verb is None:
            return None
        groups = [g for g in self.inp.events.get(view.sentence.index, []) if g[2] == c.verb.start]
        if len(groups) != 1:
            return None
        (event, summary, _), s = groups[0], view.sentence
        mention = Mention("event:" + event, self.inp.doc, s.start, s.end, summary, "EVENT", s.index, s.text)
        return Anchor(mention, True)

    def _statement(self, view: SentenceView, speaker: Speaker, hedges: list[str]) -> list[Claim]:
        lo, hi = view.sentence.start, view.sentence.end
        about = [m for m in view.mentions if m.label in STATEMENT_LABELS and speaker.text not in m.text]
        if not about:
            return []
        text = self.inp.raw_text[lo:hi]
        claim = self._base(view, lo, about[0], "statement", text[:200], TEXT, speaker, hedges)
        claim.negated = is_negated(view, None)
        return [claim]


def extract_claims(inp: ClaimInput) -> list[Claim]:
    """All claims of one document, in text order, ids unique."""
    seen: dict[str, Claim] = {}
    for claim in _Extractor(inp).run():
        seen.setdefault(claim.id, claim)
    return sorted(seen.values(), key=lambda c: (c.start, c.attribute))


__all__ = ["DATE", "Claim", "ClaimInput", "extract_claims", "subject_key"]
