"""Disagreements a document itself reports: "claiming it was led by X. Other sources provide an
opposite equation", "the claim ... is debated". Both sentences are quoted as the two sides."""

from __future__ import annotations

import re

from caseboard.extract.attribution import find_speaker
from caseboard.extract.claims import sentence_views
from caseboard.extract.claims_lexicon import REPORTING_VERBS
from caseboard.extract.claims_records import OUTLET, ClaimInput, Conflict, Side
from caseboard.extract.claims_syntax import SentenceView
from caseboard.records import content_id

CONTRAST = re.compile(
    r"\b(?:other sources|opposite (?:equation|version|view|account|claim|story)|contrary to (?:the |these |"
    r"those |earlier )?(?:reports?|claims?|versions?)|contradict\w*|(?:another|a different|a competing) "
    r"(?:version|account)|(?:is|was|remains|are|were) (?:debated|disputed|contested))\b",
    re.IGNORECASE,
)


def _reports(view: SentenceView) -> bool:
    text = view.sentence.text.lower()
    return "according to" in text or any(t.lemma in REPORTING_VERBS and t.pos == "VERB" for t in view.tokens)


def reported_conflicts(inp: ClaimInput) -> list[Conflict]:
    """A contrast cue in a sentence, after a sentence that reports what a source says."""
    views = sentence_views(inp)
    outlet = inp.outlet or inp.doc
    out = []
    for prev, view in zip(views, views[1:], strict=False):
        cue = CONTRAST.search(view.sentence.text)
        if cue is None or not _reports(prev) or not _cue_about_sources(view, cue):
            continue
        sides = [_side(inp, v, outlet) for v in (prev, view)]
        if sides[0].speaker_type != OUTLET and _same_speaker(sides[0].speaker, sides[1].speaker):
            continue  # one source going on ("Somaiya observes ... Somaiya points out"): no second source
        explanation = f"The document reports a disagreement between sources ({cue.group(0)!r})"
        out.append(Conflict(content_id("conflict", inp.doc, view.sentence.start), "reported", explanation,
                            None, sides))  # fmt: skip
    return out


def _same_speaker(a: str, b: str) -> bool:
    """ "Ravi Somaiya" and "Somaiya": the same source named twice."""
    x, y = a.casefold().split(), b.casefold().split()
    return bool(x and y) and x[-1] == y[-1]


def _cue_about_sources(view: SentenceView, cue: re.Match[str]) -> bool:
    """ "other sources" saying something ("other sources provide ..."), not "other sources of energy"."""
    if not cue.group(0).lower().startswith("other sources"):
        return True
    after = [t for t in view.tokens if t.start >= view.sentence.start + cue.end()][:2]
    return any(t.pos in ("VERB", "AUX") for t in after)


def _side(inp: ClaimInput, view: SentenceView, outlet: str) -> Side:
    s = view.sentence
    speaker = find_speaker(view, inp.raw_text, outlet, inp.entity_of)
    quote = inp.raw_text[s.start : s.end]
    value = quote if len(quote) <= 140 else quote[:137] + "..."
    return Side("", inp.doc, s.start, s.end, quote, value, speaker.text, speaker.type)
