"""Tense cues: does the clause around a time expression speak of the future or the past?

A yearless "Feb. 1" or a bare "Tuesday" is resolved to the nearest such day before
or after the publication date; the verb governing it decides which.  The cue
nearest to the expression within its sentence wins ("said it will meet Tuesday":
"will"; "was announced Wednesday, and they will appeal": "announced").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FUTURE = (
    r"will|shall|would|going\s+to|plans?\s+to|planned\s+to|(?:(?:was|were|is|are)\s+)?planning\s+to|"
    r"expects?\s+to|expected\s+to|scheduled|"
    r"due\s+to|set\s+to|is\s+to|are\s+to|intends?\s+to|hopes?\s+to|aims?\s+to|effective|"
    r"as\s+soon\s+as|upcoming|(?:is|are)\s+due|"
    # "results, due in July,", "several hundred more due by Friday": a bare "due" before its time
    # ("was due on Monday, but has been canceled" is over; "due process" and "due to" are no time)
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)due(?=\s+(?:on|in|by|at|next|this|later|early|late|(?-i:[A-Z])|\d))"
)
# Words ending in -ed that are no past forms ("will succeed", "a hundred", "they need").
_NOT_A_PAST_FORM = (
    r"(?!(?:succeed|proceed|exceed|need|speed|feed|seed|bleed|breed|heed|indeed|greed|"
    r"\w*dred|sacred|wicked|naked|embed|bed|red|shed)\b)"
)
# "had been due to expire Friday", "had planned to fish in May": a plan told in the pluperfect is over
# by the time of telling.
_PAST = (
    r"had\s+been\s+(?:due|scheduled|set|slated|expected|supposed)\s+to|"
    r"had\s+(?:planned|hoped|intended|expected|wanted|aimed)\s+to|"
    r"said|says|told|was|were|had|did|met|went|took|made|gave|came|began|left|held|saw|found|got|sent|"
    r"won|lost|became|fell|rose|ran|led|paid|sold|bought|spoke|struck|shot|hit|quit|broke|wrote|"
    r"last|ago|earlier|" + _NOT_A_PAST_FORM + r"\w{3,}ed"
)
# "will be held", "plans to"; "is closed", "remain closed until Thursday": a state, not a past
_NOT_PAST = (
    r"(?<!\bbe\s)(?<!been\s)(?<!being\s)(?<!\bto\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?<!\bremain\s)(?<!\bremains\s)(?<!\bstay\s)(?<!\bstays\s)"
)
# "a new plan to capture the oil", "its plans to": "plan" after a determiner is a noun; it points
# ahead without telling the sentence's time, so it only leans to the future (like "would"). A word
# between them ending in -s is a subject ("the companies plan to", "the company plans to": verbs).
_DETERMINER = r"\b(?:a|an|the|its|his|her|their|our)\s+"
_PLAN_NOUN = re.compile(rf"(?i:{_DETERMINER}(?:\w*[^\Ws]\s+)?)$")
_PLANS_NOUN = re.compile(rf"(?i:{_DETERMINER})$")
_CUE = re.compile(rf"(?i:\b(?:(?P<future>{_FUTURE})|'ll|{_NOT_PAST}(?P<past>{_PAST}))\b)")
# A period after an initial or a common abbreviation ("Daniel P. Davison", "Mr.", "Feb.") ends no sentence.
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|St|Sr|Jr|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Rev|Prof|Co|Corp|Inc|Ltd|Bros|No|vs|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# The period is matched first and the look-behinds read back over it: tried at every position before
# the period, the 40 look-behinds made this search most of the tense cost (60x slower, same matches).
_NOT_AN_END = "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS.split("|"))
_SENTENCE_END = re.compile(rf"\.(?<!\b[A-Z]\.){_NOT_AN_END}(?:\s|$)|[;!?](?:\s|$)|\n")


@dataclass(slots=True)
class Tenses:
    """The tense of each candidate's clause in one document, computed once: the resolver, the test of
    a reported quarter and a holiday's sentence year all ask for it (``tense``)."""

    text: str
    known: dict[tuple[int, int], str | None] = field(default_factory=dict)

    def of(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self.known:
            self.known[key] = tense(self.text, start, end)
        return self.known[key]


# ", which had been expected,": a relative clause closed before the expression governs no part of it.
_ASIDE = re.compile(r",\s+(?i:which|who|whom|whose)\b[^,;]*,")


def sentence_bounds(text: str, start: int, end: int, reach: int = 200) -> tuple[int, int]:
    """The sentence (at most ``reach`` characters either side) around ``[start, end)``."""
    left = max(0, start - reach)
    for m in _SENTENCE_END.finditer(text, left, start):
        left = m.end()
    stop = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    return left, stop.start() if stop else min(len(text), end + reach)


def tense(text: str, start: int, end: int) -> str | None:
    """ "future", "would" (a future seen from the past), "past" or None: the tense cue nearest to
    the expression in its sentence."""
    left, right = sentence_bounds(text, start, end)
    inside = next(
        (a for a in _ASIDE.finditer(text, left, right) if a.start() < start and end <= a.end()), None
    )
    if inside is not None:  # "Cameron, who took office in May, is due to": the clause's own verb
        left, right = inside.span()
    asides = [a.span() for a in _ASIDE.finditer(text, left, start)]
    best: tuple[int, str, int] | None = None
    for m in _CUE.finditer(text, left, right):
        if start <= m.start() < end or any(a <= m.start() < b for a, b in asides):
            continue
        if m["past"] and (_is_a_name(text, m, left) or _is_attribution(text, end, m)):
            continue
        distance = start - m.end() if m.end() <= start else 2 * (m.start() - end)
        kind = "past" if m["past"] else _future_kind(text, m)
        if best is None or distance < best[0]:
            best = (distance, kind, m.start())
    if best is not None and best[1] == "past" and _is_bidden(text, left, start, best[2]):
        return "would"  # "has asked Mexicans to stay at home over the weekend": bidden, so still ahead
    return best[1] if best else None


# "In January, a clinic bombing killed a guard": a time phrase that opens a sentence told in the past
# frames a past event, so it is over by the telling (the last January, not the coming one). Told in
# the middle of a sentence it is not: wire copy tells coming days in the past ("said the vote is
# scheduled for Jan. 14", "ruled that he must be returned by Jan. 14"), so a word pointing ahead
# anywhere in the sentence keeps the usual reading too. Right after its past verb ("the concept car
# previewed in January") the date is the verb's own time, wherever it stands.
_FRAME_BEFORE = re.compile(r"[\s\"'`(]*(?:(?i:in|on)\s+)?")
_FRAME_AFTER = re.compile(r"\s*,")
_VERB_BEFORE = re.compile(rf"(?i:\b{_NOT_PAST}(?P<past>{_PAST})\s+(?:in|on|during|from)\s+)$")
_AHEAD = re.compile(
    r"(?i:\b(?:may|might|could|can|should|must|plans?|expect\w*|schedul\w*|slated|deadline|until|till|"
    r"by|through|payable|record|expire\w*|extend\w*|next|coming)\b)"
)


def frames_past(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is told as over, in a sentence with no word pointing ahead: right after
    a past verb and "in"/"on"/"during"/"from" ("the concept previewed in January"), or opening the
    sentence as a time phrase ("In January, ...") of a clause told only in the past."""
    left, right = sentence_bounds(text, start, end)
    if _AHEAD.search(text, left, right):
        return False
    verb = _VERB_BEFORE.search(text, max(left, start - 40), start)
    if verb is not None and verb["past"] and not _is_a_name(text, verb, left):
        return True  # "the concept previewed in January", "the loss recorded from April to June"
    if _FRAME_BEFORE.fullmatch(text, left, start) is None or _FRAME_AFTER.match(text, end) is None:
        return False
    cues = list(_CUE.finditer(text, end, right))
    return bool(cues) and all(m["past"] for m in cues)


# "asked / urged / told them to stay home over the weekend": what someone is bidden to do lies ahead
# of the bidding; it leans to the future like "would".
_BIDDEN = re.compile(
    r"(?i:\b(?:asked|urged|ordered|advised|told|encouraged|called\s+on)\s+(?:\w+\s+){0,3}?to\s+"
    r"(?!(?:be|have)\s)[a-z]+\b[^,;.]*)$"
)


def _is_bidden(text: str, left: int, start: int, cue: int) -> bool:
    """Whether the nearest past cue (at ``cue``) is a bidding verb whose infinitive governs the
    expression ("asked to reschedule Friday's debate"; not "urged to come forward. The man arrived
    on Thursday", where "arrived" is nearer)."""
    bidden = _BIDDEN.search(text, max(left, start - 80), start)
    return bidden is not None and bidden.start() == cue


# ", Mason said.", ", the company said.": the speech tag that closes a sentence tells when it was said,
# not the clause's own time ("will keep the lights on through March, Mason said": the next March).
# Not a tag that opens the main clause ("On Wednesday, BP said it would pay": said on Wednesday).
_ATTRIBUTION = re.compile(r"[^,;]*,\s+(?:[\w.'-]+\s+){1,4}")
_SENTENCE_CLOSE = re.compile(r"\s*(?:[.!?]|$)")
_SPEECH = {"said", "says", "added"}


def _is_attribution(text: str, end: int, m: re.Match[str]) -> bool:
    if m.start() < end or m["past"].lower() not in _SPEECH:
        return False
    closes = _SENTENCE_CLOSE.match(text, m.end()) is not None
    return closes and _ATTRIBUTION.fullmatch(text, end, m.start()) is not None


def _is_a_name(text: str, m: re.Match[str], left: int) -> bool:
    """ "from Stansted Airport", "Mohammed", "Ahmed": a capitalised word ending in -ed inside a
    sentence is a name, no past form (the opening word of a sentence may be one: "Killed were...";
    a word in capitals is a headline's: "TOP HAT - FAILED")."""
    word = m["past"]
    named = word[0].isupper() and not word.isupper() and word.lower().endswith("ed")
    return named and bool(text[left : m.start()].strip())


def _future_kind(text: str, m: re.Match[str]) -> str:
    """ "would" and a plan named as a noun ("a plan to have robots activate it") lean ahead;
    every other future cue is a plain future."""
    word = m.group().lower().split()[0]
    noun = {"plan": _PLAN_NOUN, "plans": _PLANS_NOUN}.get(word)
    if word == "would" or (noun and noun.search(text, max(0, m.start() - 30), m.start())):
        return "would"
    return "future"


_DEADLINE = re.compile(r"(?i:\b(?:until|till|by|no\s+later\s+than)\s+)$")
_POSTPONED = re.compile(
    r"(?i:\b(?:postponed|delayed|adjourned|deferred|extended|put\s+off|pushed\s+back|recessed)\s+until\s+)$"
)


# "since November", "since the April 20 explosion", "since the oil rig explosion on April 20": a date in
# a "since" phrase (a noun phrase: no verb before the date, as in "since the board will meet on").
_NOT_A_VERB = (
    r"(?!(?:will|would|shall|can|could|may|might|must|should|is|are|was|were|be|been|has|have|had|"
    r"do|does|did)\b)"
)
_SINCE = re.compile(
    rf"(?i:\bsince\s+(?:the\s+(?:{_NOT_A_VERB}[a-z][\w'-]*\s+){{0,6}}?(?:on|of|in)\s+|the\s+)?)$"
)


def deadline_tense(text: str, start: int, kind: str | None) -> str | None:
    """ "has given them until 9 a.m. Tuesday", "postponed until Tuesday": a deadline lies ahead
    unless the sentence tells it in the past ("stayed until Tuesday"); it then leans to the future.
    "since year-end", "since March": "since", the last one before the dct."""
    before = text[max(0, start - 40) : start]
    if _SINCE.search(text, max(0, start - 80), start):
        return "since"
    if not _DEADLINE.search(before):
        return kind
    if kind in {None, "would"} or _POSTPONED.search(before):
        return "would"
    return kind
