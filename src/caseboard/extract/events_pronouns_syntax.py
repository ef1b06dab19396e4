"""The parse and text facts pronoun resolution (``events_pronouns``) rests on: how prominent a
person's words are, which clauses surround a pronoun, what a pronoun cannot stand for, and the
people a sentence introduces without a name."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from caseboard.extract.events_records import Argument
from caseboard.extract.events_syntax import SentenceView, is_people_noun
from caseboard.records import Token

# The third-person personal pronouns, by gender: "he" and "she" never stand for one person.
GENDER = {w: "m" for w in ("he", "him", "his", "himself")} | {
    w: "f" for w in ("she", "her", "hers", "herself")
}
PERSONAL_PRONOUNS = frozenset(GENDER)
REFLEXIVES = frozenset({"himself", "herself"})
PRONOUN_TAGS = frozenset({"PRP", "PRP$"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})
# A conjunct or an apposition has the place of the phrase it belongs to ("Carter and Brown met":
# two subjects; "Carter's deputy, Peter Brown, was appointed": Brown is the subject).
SAME_PLACE_DEPS = frozenset({"conj", "appos", "compound", "flat"})
# How a phrase opening the sentence can hang from its main verb: "After his death, X ...".
ADVERBIAL_DEPS = frozenset({"prep", "advcl", "advmod", "npadvmod"})
INDEFINITE = frozenset({"a", "an", "another"})
DEFINITE = frozenset({"the", "this", "that"})
# People nouns of ``events_lexicon.PEOPLE_NOUNS`` that name a group, not a he or a she.
GROUP_NOUNS = frozenset({"crew", "family", "force", "people", "personnel", "police", "troop"})
QUOTE_MARKS = ('"', "“", "”")
QUOTE_SPAN = 800  # characters: a "quotation" longer than a few sentences is between two stray marks


def is_personal(tok: Token) -> bool:
    return tok.tag in PRONOUN_TAGS and tok.text.casefold() in PERSONAL_PRONOUNS


def place_of(view: SentenceView, tok: Token) -> Token:
    """The phrase a word's conjunct, apposition or name part belongs to."""
    place = tok
    while place.dep in SAME_PLACE_DEPS and (head := view.head_of(place)) is not None:
        place = head
    return place


def rank_of(view: SentenceView, tok: Token) -> tuple[int, int, int]:
    """How prominent a person is: in the main clause before in a phrase opening the sentence
    ("Shortly after he left, Brown's body was found": the story goes on about Brown); then a subject,
    a subject's possessor ("his status brought criticism"), anything else; then the shallower."""
    place = place_of(view, tok)
    head = view.head_of(place)
    if place.dep in SUBJECT_DEPS:
        role = 0
    elif place.dep == "poss" and head is not None and head.dep in SUBJECT_DEPS:
        role = 1
    else:
        role = 2
    return int(opening_phrase(view, tok) is not None), role, view.depth(place)


def path_up(view: SentenceView, tok: Token) -> list[Token]:
    """The token and its heads up to the root."""
    out: list[Token] = []
    cur: Token | None = tok
    while cur is not None and len(out) < 50:
        out.append(cur)
        cur = view.head_of(cur)
    return out


def pronoun_token(view: SentenceView, arg: Argument, trigger_start: int) -> Token | None:
    """The word of the sentence the pronoun participant is: of those written like it, one that
    depends on the trigger or on a verb above it (a subject shared along conjoined verbs: "He
    started to try ... but told X he did not call": the first "He" told), then the closest in the
    parse and in the text."""
    words = [t for t in view.tokens if is_personal(t) and t.text.casefold() == arg.text.casefold()]
    trigger = next((t for t in view.tokens if t.start == trigger_start), None)
    if len(words) < 2 or trigger is None:
        return words[0] if words else None
    above = {t.index for t in path_up(view, trigger)}

    def key(tok: Token) -> tuple[bool, bool, int, int]:
        dependent = tok.head in above and tok.head != tok.index
        return (
            tok.text != arg.text,
            not dependent,
            tree_distance(view, tok, trigger),
            abs(tok.start - trigger_start),
        )

    return min(words, key=key)


def tree_distance(view: SentenceView, a: Token, b: Token) -> int:
    up_a = {t.index: steps for steps, t in enumerate(path_up(view, a))}
    for steps, t in enumerate(path_up(view, b)):
        if t.index in up_a:
            return steps + up_a[t.index]
    return 99


def clause_regions(view: SentenceView, tok: Token) -> list[set[int]]:
    """The clauses around ``tok``, nearest first, each with its conjoined clauses ("knows Y and met
    him"), up to the whole sentence."""
    regions: list[set[int]] = []
    for verb in path_up(view, tok)[1:]:
        if verb.pos not in ("VERB", "AUX") and verb.dep != "ROOT":
            continue
        while verb.dep == "conj" and (head := view.head_of(verb)) is not None:
            verb = head
        regions.append(view.subtree(verb))
    return [*regions, {t.index for t in view.tokens}]


def binds(view: SentenceView, person: Token, pronoun: Token) -> bool:
    """A subject of the pronoun's own clause, when the pronoun is its object ("Carter shot him",
    "Carter talked to him"): English would have said "himself"."""
    if pronoun.dep not in OBJECT_DEPS:
        return False
    verb = view.head_of(pronoun)
    if verb is not None and pronoun.dep == "pobj":
        verb = view.head_of(verb)
    while verb is not None and verb.dep == "conj" and not view.kids(verb, *SUBJECT_DEPS):
        verb = view.head_of(verb)  # "Carter met Brown and warned him": Carter warned
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return False
    place = place_of(view, person)
    return place.dep in SUBJECT_DEPS and view.head_of(place) == verb


def opening_phrase(view: SentenceView, tok: Token) -> Token | None:
    """The adverbial of the main verb that holds ``tok``, when it comes before that verb ("Soon after
    his death", "Shortly after he left", "In a message he sent"); not a statement the verb reports
    ("His distaste runs deep: he put ...", "It reflects ... since his death, says X")."""
    cur: Token | None = tok
    while cur is not None and (head := view.head_of(cur)) is not None and head.dep != "ROOT":
        cur = head
    root = view.head_of(cur) if cur is not None else None
    if cur is None or root is None or cur.index > root.index or cur.dep not in ADVERBIAL_DEPS:
        return None
    return cur


def introduces_someone(view: SentenceView, tok: Token) -> bool:
    """A singular noun for a person, with no name: with an indefinite article ("A BP spokesman
    admitted ...", "a 21-year-old woman") someone new, whom the next "he" or "she" may well be; with a
    definite one, as subject ("The doctor said he then left"), someone no rule here can name either.
    A predicate ("X is a speculator") or an apposition ("X, a spokesman") is that person."""
    if tok.tag != "NN" or tok.dep in ("attr", "appos", "npadvmod", "compound") or not is_people_noun(tok):
        return False
    place = tok
    while place.dep == "conj" and (head := view.head_of(place)) is not None:
        place = head  # "X, a professor and a former prosecutor": X
    if place.dep == "appos" or tok.lemma.casefold() in GROUP_NOUNS or view.mention_at(tok) is not None:
        return False
    articles = {d.text.casefold() for d in view.kids(tok, "det")}
    if not articles & INDEFINITE and not (articles & DEFINITE and place.dep in SUBJECT_DEPS):
        return False
    named = (m for k in view.kids(tok, "appos", "compound", "flat") for _, m in view.mentions_under(k))
    return not any(view.label_of(m) == "PERSON" for m in named)


def in_quote(view: SentenceView, position: int) -> bool:
    """Inside a quotation, which may have opened sentences before, and which the next quotation mark
    closes. The people a quote names are not who says it ("'... when another person is infected,'
    she said"; "'... before (Obama) got there ...' | '...,' he said")."""
    marks, opened = quote_states(view.raw_text)
    k = bisect_left(marks, position)
    start = opened[k - 1] if k > 0 else None
    closes = k < len(marks) and opened[k] is None  # the next mark ends it: not a stray's false start
    return start is not None and closes and marks[k] - start <= QUOTE_SPAN


@lru_cache(maxsize=8)
def quote_states(raw: str) -> tuple[list[int], list[int | None]]:
    """Each quotation mark of a text, with where the quotation open after it opened (None: closed).
    Quotes come in pairs, but news text drops one now and then: a mark whose place says which it is
    puts the state right again, and a quotation longer than ``QUOTE_SPAN`` is taken for a stray."""
    marks: list[int] = []
    opened: list[int | None] = []
    start: int | None = None
    for i, char in enumerate(raw):
        if char in QUOTE_MARKS:
            inside = quote_state(raw, i, start is not None)
            start = (start if start is not None else i) if inside else None
            marks.append(i)
            opened.append(start)
    return marks, opened


def quote_state(raw: str, i: int, inside: bool) -> bool:
    """A curly mark says which it is; a straight one opens at the start of a line of text or after a
    colon ('said: "'), closes at the end of a line or between a comma or full stop and a lower-case
    word ('safe, " she said'), and otherwise (alone on its line, mid-sentence) turns the state."""
    if raw[i] != '"':
        return raw[i] == "“"
    before, after = raw[max(0, i - 3) : i].rstrip(" ")[-1:], raw[i + 1 : i + 4].lstrip(" ")[:1]
    opens_line, ends_line = before in ("", "\n"), after in ("", "\n")
    if (opens_line and not ends_line) or before == ":":
        return True
    if (ends_line and not opens_line) or (before in (",", ".", "!", "?") and after.islower()):
        return False
    return not inside
