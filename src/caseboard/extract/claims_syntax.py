"""A small read-only view of one parsed sentence: tokens, children, subtrees, mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from caseboard.records import Mention, Sentence, Timex, Token


@dataclass(slots=True)
class SentenceView:
    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    timexes: list[Timex]
    by_index: dict[int, Token] = field(default_factory=dict)
    children: dict[int, list[Token]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_index = {t.index: t for t in self.tokens}
        self.children = {t.index: [] for t in self.tokens}
        for t in self.tokens:
            if t.head != t.index and t.head in self.children:
                self.children[t.head].append(t)

    def kids(self, tok: Token, *deps: str) -> list[Token]:
        return [c for c in self.children.get(tok.index, []) if not deps or c.dep in deps]

    def subtree(self, tok: Token, skip: frozenset[str] = frozenset()) -> list[Token]:
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(c for c in self.children.get(t.index, []) if c.dep not in skip)
        return sorted(out, key=lambda t: t.index)

    def mention_at(self, tok: Token, labels: frozenset[str] | None = None) -> Mention | None:
        for m in self.mentions:
            if m.start <= tok.start and tok.end <= m.end and (labels is None or m.label in labels):
                return m
        return None

    def mention_in(self, toks: list[Token], labels: frozenset[str]) -> Mention | None:
        """The first mention of one of ``labels`` lying inside the span of ``toks``."""
        if not toks:
            return None
        lo, hi = toks[0].start, toks[-1].end
        found = [m for m in self.mentions if lo <= m.start and m.end <= hi and m.label in labels]
        return min(found, key=lambda m: m.start) if found else None

    def head_of(self, m: Mention) -> Token | None:
        """The syntactic head of a mention: its token whose head lies outside it."""
        inside = [t for t in self.tokens if m.start <= t.start and t.end <= m.end]
        for t in inside:
            if not (m.start <= self.by_index.get(t.head, t).start < m.end) or t.head == t.index:
                return t
        return inside[-1] if inside else None

    def lower_text(self) -> str:
        return self.sentence.text.lower()


def span_text(raw: str, toks: list[Token]) -> str:
    return raw[toks[0].start : toks[-1].end] if toks else ""
