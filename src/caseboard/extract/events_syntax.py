"""A read-only view of one stored sentence: tokens, dependency children, mentions under tokens."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from caseboard.extract.events_lexicon import NOT_PEOPLE, PEOPLE_NOUNS, PEOPLE_SUFFIXES
from caseboard.extract.events_records import Argument
from caseboard.records import Mention, Sentence, Timex, Token

PRONOUN_TAGS = frozenset({"PRP", "WP", "WDT", "WP$", "PRP$"})
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# Prepositions whose gerund shares the subject of the verb they modify: a sequence ("after meeting
# Y") or a means ("responded by invading X", "assisted in confirming the facts").
CONTROL_PREPOSITIONS = frozenset({"after", "before", "since", "upon", "following", "while", "by", "in"})
LEFT_MODIFIERS = frozenset({"compound", "amod", "nummod", "flat", "nmod", "poss", "case"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


@dataclass(slots=True)
class SentenceView:
    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    timexes: list[Timex]
    entity_of: dict[str, str]
    raw_text: str
    entity_names: dict[str, str] = field(default_factory=dict)
    entity_types: dict[str, str] = field(default_factory=dict)
    by_index: dict[int, Token] = field(default_factory=dict)
    children: dict[int, list[Token]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_index = {t.index: t for t in self.tokens}
        for tok in self.tokens:
            if tok.head != tok.index and tok.head in self.by_index:
                self.children.setdefault(tok.head, []).append(tok)

    def kids(self, tok: Token, *deps: str) -> list[Token]:
        found = self.children.get(tok.index, [])
        return [c for c in found if not deps or c.dep in deps]

    def head_of(self, tok: Token) -> Token | None:
        return None if tok.head == tok.index else self.by_index.get(tok.head)

    def subtree(self, tok: Token) -> set[int]:
        out, stack = set(), [tok]
        while stack:
            cur = stack.pop()
            if cur.index in out:
                continue
            out.add(cur.index)
            stack.extend(self.children.get(cur.index, []))
        return out

    def distance_up(self, tok: Token, ancestor: Token, limit: int = 12) -> int | None:
        """Number of head steps from ``tok`` up to ``ancestor`` (None when not above it)."""
        cur: Token | None = tok
        for steps in range(limit):
            if cur is None:
                return None
            if cur.index == ancestor.index:
                return steps
            cur = self.head_of(cur)
        return None

    def mention_at(self, tok: Token) -> Mention | None:
        for m in self.mentions:
            if m.start <= tok.start < m.end:
                return m
        return None

    def argument(self, tok: Token) -> Argument:
        """The participant a head token stands for: its entity mention, else its short phrase."""
        if tok.tag in ("WP", "WDT") and (verb := self.head_of(tok)) is not None and verb.dep == "relcl":
            tok = self.predicated(self.head_of(verb) or tok)
        mention = self.mention_at(tok)
        if mention is not None:
            return self.of_mention(mention)
        for inner, direct in self.modifier_mentions(tok):
            if direct and self.label_of(inner) == "PERSON":
                return self.of_mention(inner)
            if self.label_of(inner) in NAMED_LABELS:  # "IDF soldiers", "the American Marine barracks"
                return Argument(self.phrase(tok), self.group_of(tok, inner), None, self.label_of(inner))
        known = self.known_person(tok)
        if known is not None:
            return known
        named = self.appositive_person(tok)
        if named is not None:  # "the commander of X, General Y": Y
            return self.of_mention(named)
        return Argument(self.phrase(tok), label="PRON" if self.is_pronoun(tok) else None)

    def predicated(self, noun: Token) -> Token:
        """ "X was an Iranian general who was assassinated": a relative clause on the predicate noun
        of a copula tells of the copula's subject, X."""
        head = self.head_of(noun)
        if noun.dep != "attr" or head is None or head.lemma.lower() != "be":
            return noun
        subjects = self.kids(head, "nsubj")
        return subjects[0] if subjects else noun

    def controlling_verb(self, gerund: Token) -> Token | None:
        """ "X, who arrived in Baghdad after meeting Y", "was arrested before leaving": a gerund after
        a preposition has no subject of its own; the verb the phrase modifies lends it its subject
        (who arrived is who met), whatever that verb's voice."""
        prep = self.head_of(gerund) if gerund.dep == "pcomp" and gerund.tag == "VBG" else None
        if prep is None or prep.dep != "prep" or prep.text.lower() not in CONTROL_PREPOSITIONS:
            return None
        verb = self.head_of(prep)
        return verb if verb is not None and verb.pos in ("VERB", "AUX") else None

    def gerund_possessor(self, gerund: Token) -> Token | None:
        """ "Soleimani's killing forces the Iranians to ...": a gerund right after a possessive is a
        noun whatever the parser made of it; the possessor is whose killing it is."""
        marker = self.by_index.get(gerund.index - 1)
        if gerund.tag != "VBG" or marker is None or marker.dep != "case" or marker.text not in ("’s", "'s"):
            return None
        return self.head_of(marker)

    def group_of(self, head: Token, modifier: Mention) -> str | None:
        """The entity a name modifying a common noun links the phrase to: "American soldiers" are
        members of the group, but "an Iranian general" is one person, not the nationality, and "the
        American Marine barracks", "Shiite militias" are a thing and an organisation it describes."""
        if self.label_of(modifier) == "NORP" and not names_people(head):
            return None
        return self.entity_of.get(modifier.id)

    def modifier_mentions(self, tok: Token) -> list[tuple[Mention, bool]]:
        """Entity mentions in the name-like modifiers of a head noun, each with whether it is the
        modifier itself: direct ones first, then those deeper in a modifier ("the American Marine
        barracks": "American" modifies "Marine"; "an Imad Mughniyeh-led Hizbullah bomber": the
        bomber is Hizbullah's, Mughniyeh only led it)."""
        kids = self.kids(tok, "compound", "flat", "appos", "amod")
        direct = [m for c in kids if (m := self.mention_at(c)) is not None and self.is_name(c, m)]
        deeper = [m for c in kids if c.dep != "appos" for _, m in self.mentions_under(c)]
        found: list[tuple[Mention, bool]] = []
        for mention, is_direct in [*((m, True) for m in direct), *((m, False) for m in deeper)]:
            if all(mention != seen for seen, _ in found):
                found.append((mention, is_direct))
        return found

    def is_name(self, tok: Token, mention: Mention) -> bool:
        """The modifier is the name itself, not a participle the tagger glued to it ("an Osama bin
        Laden-led ... bomber": the mention "Osama bin Laden-led" ends in a verb)."""
        inside = [t for t in self.tokens if mention.start <= t.start < mention.end]
        return tok.pos in ("PROPN", "NOUN") and bool(inside) and inside[-1].pos != "VERB"

    def appositive_person(self, tok: Token) -> Mention | None:
        """A person named in apposition anywhere under a common-noun head."""
        if tok.pos != "NOUN":
            return None
        appositions = [self.by_index[i] for i in sorted(self.subtree(tok)) if self.by_index[i].dep == "appos"]
        for appos in appositions:
            for _, mention in self.mentions_under(appos):
                if self.label_of(mention) == "PERSON":
                    return mention
        return None

    def mentions_under(self, tok: Token) -> Iterator[tuple[Token, Mention]]:
        """The words of the phrase ``tok`` heads that lie in an entity mention, in text order, each
        with its mention (lazily: callers stop at the first that serves)."""
        for index in sorted(self.subtree(tok)):
            word = self.by_index[index]
            if (mention := self.mention_at(word)) is not None:
                yield word, mention

    def by_objects(self, verb: Token) -> list[Token]:
        """The objects of a passive verb's by-phrase ("destroyed by a suicide bomber": bomber)."""
        return [obj for by in self.kids(verb, "agent") for obj in self.kids(by, "pobj")]

    def known_person(self, tok: Token) -> Argument | None:
        """A proper noun the tagger missed that is a word of a resolved person's name ("Soleimani")."""
        if tok.pos != "PROPN":
            return None
        word = tok.text.casefold()
        for entity, name in self.entity_names.items():
            if self.entity_types.get(entity) == "PERSON" and word in name.casefold().split():
                return Argument(tok.text, entity, name, "PERSON")
        return None

    def of_mention(self, mention: Mention) -> Argument:
        """An entity mention as an argument, with its resolved entity and canonical name when linked."""
        entity = self.entity_of.get(mention.id)
        name = self.entity_names.get(entity) if entity else None
        return Argument(mention.text, entity, name, self.label_of(mention))

    def label_of(self, mention: Mention) -> str:
        """The resolved entity's type when linked (one label across the corpus), else the mention's."""
        entity = self.entity_of.get(mention.id)
        return self.entity_types.get(entity, mention.label) if entity else mention.label

    def depth(self, tok: Token) -> int:
        """Head steps from the token up to the root of its sentence."""
        steps, cur = 0, self.head_of(tok)
        while cur is not None and steps < 50:
            steps, cur = steps + 1, self.head_of(cur)
        return steps

    def phrase(self, tok: Token) -> str:
        """The head token with its left modifiers and their own modifiers, as written, less a leading
        determiner ("Imad Mughniyeh-led Hizbullah suicide bomber", not "led Hizbullah suicide bomber")."""
        first = tok.index
        for child in self.kids(tok, *LEFT_MODIFIERS):
            if child.index < tok.index:  # with its own modifiers: "an Imad Mughniyeh-led ... bomber"
                first = min(first, *(i for i in self.subtree(child) if i < tok.index))
        while first < tok.index and self.by_index.get(first, tok).dep in ("det", "punct", "case", "cc"):
            first += 1
        words = [t for t in self.tokens if first <= t.index <= tok.index]
        return " ".join(self.raw_text[words[0].start : words[-1].end].split())

    def is_pronoun(self, tok: Token) -> bool:
        return tok.tag in PRONOUN_TAGS or tok.pos == "PRON"

    def timex_head(self, timex: Timex) -> Token | None:
        inside = [t for t in self.tokens if timex.start <= t.start < timex.end]
        for tok in inside:
            head = self.head_of(tok)
            if head is None or not (timex.start <= head.start < timex.end):
                return tok
        return inside[0] if inside else None


def names_people(head: Token) -> bool:
    """People in the plural ("American soldiers", "Shiite militiamen") or a personal pronoun with the
    nationality in apposition ("we Americans")."""
    return head.tag == "PRP" or (head.tag in PLURAL_TAGS and is_people_noun(head))


def is_people_noun(tok: Token) -> bool:
    """A noun for persons ("soldiers", "Marines", "scientists", "militiamen"), by its lemma or, for a
    proper noun the lemmatizer leaves plural ("Marines"), its singular."""
    words = {tok.lemma.casefold(), tok.text.casefold()}
    words |= {w[:-1] for w in list(words) if w.endswith("s")}
    return any(w in PEOPLE_NOUNS or (agent_suffixed(w) and w not in NOT_PEOPLE) for w in words)


def agent_suffixed(word: str) -> bool:
    """An agent noun by its ending, with a stem of 3 letters or more before it ("scientist",
    "militiamen", "peacekeeper"; not "list", "twist", "omen")."""
    return any(word.endswith(suffix) and len(word) - len(suffix) >= 3 for suffix in PEOPLE_SUFFIXES)
