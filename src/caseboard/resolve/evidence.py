"""Alias evidence read from a mention's own sentence: acronym definitions in
parentheses, "aka" / "known as" appositions, and a name in another script paired
with its Latin form."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from caseboard.records import Mention
from caseboard.resolve.names import Name, clean_name, initials, untokenize, words_table

_PAREN = re.compile(r"\s*\(([^()]{1,120})\)")
_KNOWN_AS = re.compile(
    r"^\s*,?\s*\(?(?:aka|a\.k\.a\.?|also known as|better known as|known as|also called|nicknamed|"
    r"dubbed)\s+[\"“‘']?([^,.;:()\"”’]{2,80})",
    re.IGNORECASE,
)
_KNOWN_AS_OPENING = re.compile(
    r"^\s*(?:aka|a\.k\.a\.?|also known as|better known as|known as)\s", re.IGNORECASE
)
_OR_ACRONYM = re.compile(r"^\s*,\s*or\s+(?:the\s+)?([A-Z][A-Z.&\-]{1,12})(?=[\s,.;:)]|$)")  # "X, or MMS,"
_SPLIT = re.compile(r"\s*(?:,|;|/|\bor\b|\baka\b|\balso known as\b|\bknown as\b)\s*", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")
# The mention is the object of "of" or "in" ("a portion of Barataria Bay known as Mud Lake",
# "Symphony No. 9 in C Major, nicknamed The Great"): "known as" names the head of the phrase.
_PARTITIVE_BEFORE = re.compile(r"\b(?:of|in)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
# The name a "known as" apposition gives: capitalised words, small name words inside.
_NAME_RUN = re.compile(
    r"^[A-Z0-9][\w'’.&-]*(?:\s+(?:(?:of|the|and|de|al|el|bin|von|van|da)\s+)*[A-Z0-9][\w'’.&-]*)*"
)
# What may follow that name: the end, punctuation, or a word that starts a new phrase; not a
# possessive or a common noun ("also called Barton 's comment", "known as Government-sponsored
# entities").
_NAME_END = re.compile(
    r"^(?:\s*$|\s*[-–—,.;:()!?\[]|\s+(?:in|and|or|who|which|from|on|at|for|to|is|was|but|with)\b)"
)
_NAME_CONNECTORS = words_table("of the and de al el bin von van da")
_STRIP_ACRONYM = re.compile(r"[\s.\-&]")


@dataclass(slots=True, frozen=True)
class Alias:
    """Another name the text gives for the entity of ``mention``."""

    mention: str  # id of the mention the alias is attached to
    doc: str
    name: Name
    surface: str
    rule: str  # acronym-definition | known-as | script-pair | paren-alias


def _is_other_script(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not _LATIN.search(text)


def _acronym_fits(acronym: str, name: Name) -> bool:
    """The letters of ``acronym`` spell the name: each starts a word or continues the word
    of the letter before (SIA: SIngapore Airlines), the first letter the first word's; or
    they are the initials of the name's last words (SDK: iPhone Software Development Kit)."""
    letters = _STRIP_ACRONYM.sub("", acronym).lower()
    full = initials(name)
    if not letters or not full:
        return False
    if len(letters) >= 3 and full.endswith(letters):
        return True
    if letters[0] != full[0]:
        return False
    if letters == full or letters.startswith(full) or full.startswith(letters):
        return True
    words = [w for w in re.split(r"[\s\-]+", name.display.lower()) if w and w[0].isalnum()]
    return _spells(letters[1:], words, 0, 1)


def _spells(letters: str, words: list[str], word: int, at: int) -> bool:
    """``letters`` can be read from ``words[word][at:]`` on, then from later words' starts."""
    if not letters:
        return True
    ch, rest = letters[0], letters[1:]
    inside = words[word].find(ch, at) if word < len(words) else -1
    if inside >= 0 and _spells(rest, words, word, inside + 1):
        return True
    return any(words[k][0] == ch and _spells(rest, words, k, 1) for k in range(word + 1, len(words)))


def _looks_acronym(text: str) -> bool:
    bare = _STRIP_ACRONYM.sub("", text)
    return 2 <= len(bare) <= 10 and bare.isalpha() and bare.isupper()


def _same_words(text: str, name: Name) -> bool:
    """``text`` is the name itself ("AIG (AIG, Fortune 500)": a ticker, not a definition)."""
    cleaned = clean_name(text)
    return cleaned is not None and cleaned.tokens == name.tokens


def _capitalised(word: str) -> bool:
    """A capital opens the word or its part after a particle ("Hashd al-Shaabi")."""
    return any(part[:1].isupper() for part in word.split("-"))


def _looks_like_name(text: str) -> bool:
    """Every word capitalised and none a number: a name, not a ranking or a list ("Fortune
    500", "Top 10") nor a generic phrase ("Former unit")."""
    words = text.split()
    return (
        bool(words)
        and all(_capitalised(w) or w.lower() in _NAME_CONNECTORS for w in words)
        and not any(any(c.isdigit() for c in w) for w in words)
    )


def _paren_aliases(mention: Mention, name: Name, inside: str, partitive: bool = False) -> Iterator[Alias]:
    """Aliases in parentheses; a "(known as ...)" after the object of "of" names the phrase's head."""
    known = not partitive and _KNOWN_AS_OPENING.match(inside) is not None  # "(aka Abu Mahdi al-Muhandis)"
    parts = [p.strip(" \"“”'‘’") for p in _SPLIT.split(inside) if p.strip()]
    acronyms = [p for p in parts if _looks_acronym(p) and _acronym_fits(p, name) and not _same_words(p, name)]
    for part in parts:
        alias = clean_name(part)
        if alias is None or alias.tokens == name.tokens:
            continue
        if part in acronyms:
            yield Alias(mention.id, mention.doc, alias, part, "acronym-definition")
        elif _is_other_script(part):
            yield Alias(mention.id, mention.doc, alias, part, "script-pair")
        elif known and part[:1].isupper():
            yield Alias(mention.id, mention.doc, alias, part, "known-as")
        elif acronyms and _looks_like_name(part):
            yield Alias(mention.id, mention.doc, alias, part, "paren-alias")


def _around_mention(mention: Mention) -> tuple[str, str] | None:
    """The sentence's text before and after the mention."""
    text = " ".join(untokenize(mention.text).split())
    sentence = " ".join(untokenize(mention.sentence).split())
    at = sentence.find(text)
    return None if at < 0 else (sentence[:at], sentence[at + len(text) :])


def _apposition_name(text: str) -> str | None:
    """The name a "known as" apposition gives: its run of capitalised words, when what follows
    the run does not make them part of a longer common phrase."""
    run = _NAME_RUN.match(text.strip())
    if run is None or not _NAME_END.match(text.strip()[run.end() :]):
        return None
    return run.group(0).strip()


def aliases_of(mention: Mention, name: Name) -> Iterator[Alias]:
    """Aliases the sentence gives right after this mention."""
    text = untokenize(mention.text)
    own_paren = text.find("(")
    if own_paren > 0:  # the tagger swallowed "Name (ACR)" into one mention
        yield from _paren_aliases(mention, name, text[own_paren + 1 :].rstrip(") "))
        return
    around = _around_mention(mention)
    if not around or not around[1]:
        return
    before, rest = around
    paren = _PAREN.match(rest)
    if paren:
        yield from _paren_aliases(mention, name, paren.group(1), _PARTITIVE_BEFORE.search(before) is not None)
        return
    or_acronym = _OR_ACRONYM.match(rest)
    if or_acronym and _looks_acronym(or_acronym.group(1)) and _acronym_fits(or_acronym.group(1), name):
        alias = clean_name(or_acronym.group(1))
        if alias is not None:
            yield Alias(mention.id, mention.doc, alias, or_acronym.group(1), "acronym-definition")
        return
    known = _KNOWN_AS.match(rest)
    given = _apposition_name(known.group(1)) if known and not _PARTITIVE_BEFORE.search(before) else None
    alias = clean_name(given) if given else None
    if alias is not None and alias.tokens != name.tokens:
        yield Alias(mention.id, mention.doc, alias, given, "known-as")


def find_aliases(named: Iterable[tuple[Mention, Name]]) -> Iterator[Alias]:
    """All alias evidence for a batch of (mention, cleaned name) pairs."""
    for mention, name in named:
        yield from aliases_of(mention, name)
