"""Disagreements a document itself reports: a sentence attributed to one source, then a sentence in
which a second, different source contests it or gives a competing account ("X's report claims it was
led by the Americans. Other sources provide an opposite equation"; "X said ... Y denied the claim";
"the claim ... is debated"), or both in one sentence ("X had reported ..., but Y denied those
reports"; "X disputes White House claims that ...", compare/conflicts_one_sentence.py). The two
statements are quoted as the two sides.

Precision first: the structure is syntactic, not a word ("contradiction between words and deeds",
"anybody contradicts his views", "a contradictory set of signals" are no disagreement)."""

from __future__ import annotations

from caseboard.compare.conflicts_contest import contest_type, contest_verb, find_contest, same_source
from caseboard.compare.conflicts_one_sentence import find_contested
from caseboard.extract.attribution import find_speaker
from caseboard.extract.claims import sentence_views
from caseboard.extract.claims_lexicon import CONTEST_VERBS, REPORTING_VERBS
from caseboard.extract.claims_records import OUTLET, REPORT, ClaimInput, Conflict, Side, Speaker
from caseboard.extract.claims_syntax import SentenceView
from caseboard.records import content_id


def reported_conflicts(inp: ClaimInput) -> list[Conflict]:
    """A sentence attributed to a source, then one in which another source contests it."""
    views = sentence_views(inp)
    outlet = inp.outlet or inp.doc
    one = [c for view in views for c in _one_sentence(inp, view, outlet)]
    held = {c.sides[1].start for c in one}  # a sentence holding both sides says what it contests
    out = []
    for prev, view in zip(views, views[1:], strict=False):
        if view.sentence.start in held:
            continue
        first = _first_source(prev, inp, outlet)
        if first.type == OUTLET:
            continue
        contest = find_contest(view, inp.raw_text, prev)
        if contest is None or same_source(first.text, contest.source):
            continue  # one source going on ("Somaiya observes ... Somaiya points out"): no second source
        sides = [
            _side(inp, prev, first.text, first.type),
            _side(inp, view, contest.source, contest_type(contest)),
        ]
        explanation = _explanation(contest.cue)
        out.append(Conflict(content_id("conflict", inp.doc, view.sentence.start), "reported", explanation,
                            None, sides))  # fmt: skip
    within = [
        c for view in views if view.sentence.start not in held for c in _within_sentence(inp, view, outlet)
    ]
    return out + within + one


def _first_source(view: SentenceView, inp: ClaimInput, outlet: str) -> Speaker:
    """Who the sentence is attributed to; a parenthetical "it explains" / "it says" is a document
    already named (a report, a study), not the outlet's own voice."""
    found = find_speaker(view, inp.raw_text, outlet, inp.entity_of)
    if found.type != OUTLET:
        return found
    for tok in view.tokens:
        its = tok.dep == "parataxis" and any(c.text.lower() == "it" for c in view.kids(tok, "nsubj"))
        if its and tok.lemma in REPORTING_VERBS:
            return Speaker("it (a document named before)", REPORT)
    return found


def _within_sentence(inp: ClaimInput, view: SentenceView, outlet: str) -> list[Conflict]:
    """ "Local media had reported ..., but Celik denied those reports": a reporting clause and a
    contesting clause joined in one sentence, each quoted as its own side."""
    for tok in view.tokens:
        head = view.by_index.get(tok.head)
        if (
            tok.dep != "conj"
            or head is None
            or head.lemma not in REPORTING_VERBS
            or head.lemma in CONTEST_VERBS
        ):
            continue
        first = find_speaker(view, inp.raw_text, outlet, inp.entity_of)
        contest = contest_verb(view, inp.raw_text, tok, None)
        if first.type == OUTLET or contest is None or same_source(first.text, contest.source):
            continue
        second = view.subtree(tok)
        before = [t for t in view.tokens if t.end <= second[0].start and t.pos not in ("PUNCT", "CCONJ")]
        if not before:
            continue
        s = view.sentence
        sides = [_span_side(inp, s.start, before[-1].end, first.text, first.type),
                 _span_side(inp, second[0].start, s.end, contest.source, contest_type(contest))]  # fmt: skip
        explanation = _explanation(contest.cue)
        return [
            Conflict(content_id("conflict", inp.doc, s.start, "within"), "reported", explanation, None, sides)
        ]
    return []


def _one_sentence(inp: ClaimInput, view: SentenceView, outlet: str) -> list[Conflict]:
    """ "X disputes White House claims that ...": the contested account quoted as the first side, the
    sentence with its contester as the second (compare/conflicts_one_sentence.py)."""
    found = find_contested(view, inp.raw_text, outlet)
    if found is None:
        return []
    s = view.sentence
    sides = [_span_side(inp, found.start, found.end, found.author.text, found.author.type),
             _span_side(inp, s.start, s.end, found.contester.text, found.contester.type)]  # fmt: skip
    explanation = _explanation(found.cue)
    return [Conflict(content_id("conflict", inp.doc, s.start, "one"), "reported", explanation, None, sides)]


def _explanation(cue: str) -> str:
    return f"The document reports a disagreement between sources ({cue!r})"


def _side(inp: ClaimInput, view: SentenceView, speaker: str, speaker_type: str) -> Side:
    return _span_side(inp, view.sentence.start, view.sentence.end, speaker, speaker_type)


def _span_side(inp: ClaimInput, start: int, end: int, speaker: str, speaker_type: str) -> Side:
    quote = inp.raw_text[start:end]
    value = quote if len(quote) <= 140 else quote[:137] + "..."
    return Side("", inp.doc, start, end, quote, value, speaker, speaker_type)
