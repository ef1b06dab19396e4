"""A read-only view of one stored sentence: tokens, dependency children, mentions under tokens."""

from __future__ import annotations

from dataclasses import dataclass, field

from caseboard.extract.events_records import Argument
from caseboard.records import Mention, Sentence, Timex, Token

PRONOUN_TAGS = frozenset({"PRP", "WP", "WDT", "WP$", "PRP$"})
LEFT_MODIFIERS = frozenset({"compound", "amod", "nummod", "flat", "nmod", "poss", "case"})


@dataclass(slots=True)
class SentenceView:
    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    timexes: list[Timex]
    entity_of: dict[str, str]
    raw_text: str
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
            tok = self.head_of(verb) or tok
        mention = self.mention_at(tok)
        if mention is not None:
            return Argument(mention.text, self.entity_of.get(mention.id))
        for child in self.kids(tok, "compound", "flat", "appos", "amod"):
            inner = self.mention_at(child)
            if inner is not None and inner.label in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"):
                return Argument(inner.text, self.entity_of.get(inner.id))
        return Argument(self.phrase(tok))

    def phrase(self, tok: Token) -> str:
        """The head token with its contiguous left modifiers, as written."""
        first = tok
        for child in sorted(self.kids(tok, *LEFT_MODIFIERS), key=lambda t: -t.index):
            if child.index == first.index - 1 or child.index < first.index:
                first = min(first, child, key=lambda t: t.index)
        words = [t for t in self.tokens if first.index <= t.index <= tok.index]
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
