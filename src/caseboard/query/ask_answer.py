"""From candidates to an answer: group equal answers, rank groups by the sources that state them,
keep the answers other sources give as alternatives, each with its own citations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from caseboard.query.ask_records import DATE, DESCRIPTION, Alternative, Candidate, Citation
from caseboard.query.ask_values import overlaps, span_days, text_key

MIN_SCORE = 0.15  # below this the best group is not an answer
ALTERNATIVE_SHARE = 0.35  # an alternative needs this share of the best group's score
MAX_ALTERNATIVES = 3
SAME_DESCRIPTION = 85  # rapidfuzz token_set_ratio at which two descriptions are one answer


@dataclass(slots=True)
class Group:
    members: list[Candidate] = field(default_factory=list)

    @property
    def score(self) -> float:
        """Sum over sources of the best evidence each source gives."""
        best: dict[str, float] = {}
        for c in self.members:
            best[c.citation.doc] = max(best.get(c.citation.doc, 0.0), c.weight)
        return sum(best.values())

    @property
    def representative(self) -> Candidate:
        """The most precise, then best supported, member (dates: the narrowest interval, in the
        sentence's own words before a normalized one: "February 10" rather than "Saturday")."""
        return min(
            self.members, key=lambda c: (span_days(c.earliest, c.latest), c.normalized, -c.weight, c.text)
        )


def belongs(candidate: Candidate, group: Group) -> bool:
    rep = group.representative
    if candidate.type == DATE and rep.earliest and candidate.earliest:
        return overlaps(
            (rep.earliest, rep.latest or rep.earliest), (candidate.earliest, candidate.latest or "")
        )
    if candidate.key == rep.key or text_key(candidate.text) == text_key(rep.text):
        return True
    if candidate.type == DESCRIPTION:
        return fuzz.token_set_ratio(candidate.key, rep.key) >= SAME_DESCRIPTION
    return False


def group_candidates(candidates: list[Candidate]) -> list[Group]:
    """Equal answers together, most precise candidates first; groups best first."""
    ordered = sorted(candidates, key=lambda c: (span_days(c.earliest, c.latest), -c.weight, c.key))
    groups: list[Group] = []
    for candidate in ordered:
        home = next((g for g in groups if belongs(candidate, g)), None)
        if home is None:
            groups.append(Group([candidate]))
        else:
            home.members.append(candidate)
    return sorted(groups, key=lambda g: (-g.score, g.representative.text))


def citations(group: Group, limit: int) -> list[Citation]:
    """Distinct passages of the group (one that holds or is held by a cited one is the same), one
    per source first, strongest first."""
    taken: list[Citation] = []
    ranked = sorted(group.members, key=lambda c: -c.weight)
    firsts, rest, docs = [], [], set()
    for c in ranked:
        if any(
            t.doc == c.citation.doc and t.start < c.citation.end and c.citation.start < t.end for t in taken
        ):
            continue
        taken.append(c.citation)
        (rest if c.citation.doc in docs else firsts).append(c.citation)
        docs.add(c.citation.doc)
    return (firsts + rest)[:limit]


def is_meaningful(candidate: Candidate) -> bool:
    """Not a lone article, pronoun or punctuation (descriptions must say something)."""
    words = re.findall(r"\w+", candidate.text)
    if candidate.type == DESCRIPTION:
        return len(words) >= 2 or (len(words) == 1 and words[0][:1].isupper())
    return bool(words)


def other_sources(group: Group, best: Group) -> Group | None:
    """What other sources say of the same happening: for dates, the members from documents the
    answer does not cite whose sentences match all of the question the answer's strongest sentence
    matches (another date of the answer's own source, or of a sentence about another happening with
    the same share of the question's words, is no disagreement)."""
    if best.representative.type != DATE:
        return group
    docs = {c.citation.doc for c in best.members}
    wanted = max(best.members, key=lambda c: c.weight).matched
    kept = [c for c in group.members if c.citation.doc not in docs and wanted <= c.matched]
    return Group(kept) if kept else None


def choose(candidates: list[Candidate], limit: int) -> tuple[Group, list[Alternative]] | None:
    """The best supported answer and the ones that differ from it, or None when nothing is."""
    groups = [g for g in group_candidates([c for c in candidates if is_meaningful(c)]) if g.score > 0]
    if not groups or groups[0].score < MIN_SCORE:
        return None
    best = groups[0]
    others = [
        o for g in groups[1:] if (o := other_sources(g, best)) and o.score >= ALTERNATIVE_SHARE * best.score
    ]
    others = others[:MAX_ALTERNATIVES]
    alternatives = [
        Alternative(g.representative.text, g.representative.type, citations(g, limit)) for g in others
    ]
    return best, alternatives
