"""Whom a personal pronoun stands for: he/she/him/her/his, resolved to a person named before it.

A timeline that asserts the death of the wrong man is worse than one that says "death" and quotes
the sentence, so a pronoun is linked only when English makes its antecedent clear, and left unlinked
otherwise (``None``):

- the antecedent is a person (PERSON entity, or a pronoun already resolved to one) that comes before
  the pronoun: in its own sentence the nearest clause naming one ("X met a colleague who knows Y and
  met him": Y), else the people of the last sentence naming one (the ``context``), most salient
  first: the main clause before a phrase opening the sentence, a subject before its possessor before
  any other word, then the shallowest in the parse;
- an object pronoun is not the subject of its own clause ("Carter shot him"), a reflexive is;
- two different people equally salient ("Carter and Brown met. He ...") leave it open;
- someone the text introduces without a name ("A BP spokesman said ...", "The doctor said he ...")
  is a person too, one nobody can link: the next "he" is theirs, not the last name's;
- a person a quotation names is not the "he" who says it ("'... before Obama got there,' he said");
- a pronoun in a phrase that opens the sentence, before a main clause naming someone ("Soon after
  his death, Carter's deputy was appointed", "Shortly after he left, Brown's body was found"), may
  point forward to that name (cataphora): the antecedent found before must be that clause's most
  salient person, else the pronoun stays open; it is never resolved to the name after it;
- a context whose most salient person is itself unknown (an unresolved pronoun, a tie, an unnamed
  person) resolves nothing: the uncertainty carries on rather than skipping to a lesser name.

See docs/events.md, "Participants and place".
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from caseboard.extract.events_pronouns_syntax import (
    GENDER,
    PRONOUN_TAGS,
    REFLEXIVES,
    binds,
    clause_regions,
    in_quote,
    introduces_someone,
    is_personal,
    opening_phrase,
    rank_of,
)
from caseboard.extract.events_records import Argument
from caseboard.extract.events_syntax import SentenceView
from caseboard.records import Mention, Token

UNKNOWN = "PRON"  # the label of a person the sentence refers to whom no rule could name


@dataclass(slots=True)
class Person:
    """A person a sentence names or refers to, with where and how prominently."""

    arg: Argument  # the named person, or an unknown one (label ``UNKNOWN``)
    start: int  # original offsets of the words that refer to them
    end: int
    head: Token
    rank: tuple[int, int, int]  # (in an opening phrase; 0 subject, 1 its possessor, 2 other; depth)
    quoted: bool  # inside a quotation

    @property
    def known(self) -> bool:
        return self.arg.label != UNKNOWN


def referents(view: SentenceView, context: list[Argument]) -> dict[int, Argument | None]:
    """Each personal pronoun of the sentence (by token index) with the person it stands for, in text
    order, so that a pronoun can take its antecedent from an earlier one ("he met X and warned him
    that his picture ...")."""
    found: dict[int, Argument | None] = {}
    for tok in view.tokens:
        if is_personal(tok):
            found[tok.index] = antecedent(view, tok, context, found)
    return found


def sentence_people(
    view: SentenceView, context: list[Argument], earlier: dict[int, Argument | None] | None = None
) -> list[Argument]:
    """The persons of the sentence, most salient first, each pronoun as whom it stands for (or as an
    unknown person); when the two most salient are different people of equal rank, an unknown first.
    Empty when, outside a quotation, the sentence names nobody and its most salient person is a
    pronoun left unknown ("His militia downed ... helicopters, killing an American soldier"): the
    context stays as it was (so does it for the speaker of a quote, not whom the quote names); a
    person it introduces ("A spokesman said ...") is news and stands first, unknown. ``earlier``: the
    sentence's pronouns already resolved against ``context`` (``referents``), when the caller has them."""
    resolved = referents(view, context) if earlier is None else earlier
    people = ranked([p for p in persons(view, resolved) if not p.quoted])
    if not any(p.known for p in people) and (not people or people[0].head.tag in PRONOUN_TAGS):
        return []
    return [*([unknown()] if tied(people) else []), *(p.arg for p in people)]


def antecedent(
    view: SentenceView,
    tok: Token,
    context: list[Argument],
    earlier: dict[int, Argument | None],
    other: Argument | None = None,
) -> Argument | None:
    """The person ``tok`` stands for, or None when English leaves it open; ``other``: the event's
    other participant, whom a non-reflexive pronoun never is ("X shot him"). In its own sentence the
    nearest clause naming a candidate decides ("X met a colleague who knows Y and met him": Y), its
    subject first; else the context."""
    local = [p for p in persons(view, earlier) if p.end <= tok.start]
    if tok.text.casefold() in REFLEXIVES:
        return other if other is not None and other.label == "PERSON" else first_known(ranked(local))
    local = unbound(view, local, tok, other)
    level = next((found for region in clause_regions(view, tok) if (found := ranked(
        [p for p in local if p.head.index in region]))), [])  # fmt: skip
    if level:
        pick = None if tied(level) else first_known(level)
    else:
        pick = next((a for a in context if not same(a, other)), None)
        pick = pick if pick is not None and pick.label != UNKNOWN else None
    if pick is None or not agrees_forward(view, tok, pick, earlier) or other_gender(view, tok, pick, earlier):
        return None
    return pick


def other_gender(view: SentenceView, tok: Token, pick: Argument, earlier: dict[int, Argument | None]) -> bool:
    """A pronoun of the other gender already stands for ``pick`` in this sentence ("John said she
    had killed his brother": "she" is not John): "he" and "she" are never one person."""
    mine = GENDER.get(tok.text.casefold())
    words = {t.index: t.text.casefold() for t in view.tokens}
    return mine is not None and any(
        arg is not None and same(arg, pick) and GENDER.get(words.get(i, "")) not in (None, mine)
        for i, arg in earlier.items()
    )


def unbound(view: SentenceView, local: list[Person], tok: Token, other: Argument | None) -> list[Person]:
    """The persons before ``tok`` it may stand for: not a subject of its own clause when it is an
    object, nor whoever that subject stands for ("Nasrallah said he met X and warned him": not
    Nasrallah), nor someone a quotation names when the pronoun is outside it, nor the event's other
    participant."""
    bound = [p for p in local if binds(view, p.head, tok)]
    taken = [*(b.arg for b in bound), other]
    quoted = in_quote(view, tok.start)
    return [
        p for p in local
        if all(p is not b for b in bound) and (quoted or not p.quoted)
        and not any(same(p.arg, t) for t in taken)
    ]  # fmt: skip


def persons(view: SentenceView, earlier: dict[int, Argument | None]) -> list[Person]:
    """The sentence's PERSON mentions, the pronouns resolved so far (unknown when not) and the people
    it introduces without a name ("a BP spokesman said": unknown)."""
    out = [named_person(view, m) for m in view.mentions if view.label_of(m) == "PERSON"]
    for tok in view.tokens:
        if tok.index in earlier and tok.text.casefold() not in REFLEXIVES:
            out.append(word_person(view, tok, earlier[tok.index] or Argument(tok.text, label=UNKNOWN)))
        elif introduces_someone(view, tok):
            out.append(word_person(view, tok, Argument(tok.text, label=UNKNOWN)))
    return [p for p in out if p is not None]


def word_person(view: SentenceView, tok: Token, arg: Argument) -> Person:
    return Person(arg, tok.start, tok.end, tok, rank_of(view, tok), in_quote(view, tok.start))


def named_person(view: SentenceView, mention: Mention) -> Person | None:
    starts = [t.start for t in view.tokens]  # tokens in text order: the mention's by bisection
    inside = view.tokens[bisect_left(starts, mention.start) : bisect_left(starts, mention.end)]
    head = next((t for t in inside if not inside_mention(view.head_of(t), mention)), None)
    if head is None:
        return None
    quoted = in_quote(view, mention.start)
    return Person(view.of_mention(mention), mention.start, mention.end, head, rank_of(view, head), quoted)


def inside_mention(tok: Token | None, mention: Mention) -> bool:
    return tok is not None and mention.start <= tok.start < mention.end


def ranked(people: list[Person]) -> list[Person]:
    """Most salient first, the latest first among equals; one entry per person, at their best place."""
    order = sorted(enumerate(people), key=lambda p: (p[1].rank, -p[0]))
    out: list[Person] = []
    for _, person in order:
        if not any(person.known and same(person.arg, seen.arg) for seen in out):
            out.append(person)
    return out


def tied(people: list[Person]) -> bool:
    """The two most salient are different people of the same rank: "Carter and Brown met"."""
    return len(people) > 1 and people[0].rank == people[1].rank and not same(people[0].arg, people[1].arg)


def first_known(people: list[Person]) -> Argument | None:
    return people[0].arg if people and people[0].known else None


def agrees_forward(
    view: SentenceView, tok: Token, pick: Argument, earlier: dict[int, Argument | None]
) -> bool:
    """A pronoun in a phrase opening the sentence may stand for a person its main clause names after
    it ("Soon after his death, Carter's deputy was appointed"): only then is the person found before
    safe, when it is that clause's most salient one too."""
    ahead = forward_people(view, tok, earlier)
    return not ahead or same(ahead[0].arg, pick)


def forward_people(view: SentenceView, tok: Token, earlier: dict[int, Argument | None]) -> list[Person]:
    """The known persons named after ``tok`` outside the opening phrase it is in, most salient first;
    none when ``tok`` is in no phrase before the main verb other than its subject."""
    phrase = opening_phrase(view, tok)
    if phrase is None:
        return []
    inside = view.subtree(phrase)
    after = [p for p in persons(view, earlier) if p.start >= tok.end and p.head.index not in inside]
    return [p for p in ranked(after) if p.known]


def same(a: Argument | None, b: Argument | None) -> bool:
    """The same person: the same entity when both are linked, else the same words."""
    if a is None or b is None or a.label == UNKNOWN or b.label == UNKNOWN:
        return False
    if a.entity is not None and b.entity is not None:
        return a.entity == b.entity
    return a.text.casefold() == b.text.casefold()


def unknown() -> Argument:
    return Argument("?", label=UNKNOWN)
