"""Question analysis without a parser: the answer type from the question words, the entities from
the caseboard's names and aliases, and the remaining content words as triggers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from caseboard.query.ask_records import DATE, DESCRIPTION, NUMBER, PERSON, PLACE, Question, QuestionEntity
from caseboard.store import Store
from caseboard.store import search as search_store

WORD = re.compile(r"[\w][\w'’.\-]*")
PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers"})
QUESTION_WORDS = frozenset(
    """who whom whose what which when where why how many much old year date day month city country town
    village place province region age""".split()  # noqa: SIM905
)
STOP = frozenset(
    """a an the is was are were be been being do does did to of in on at by for from with as and or
    that this these those it its they them their there then than into about after before over
    under during s has have had first last get got make made take took go went come came also
    ever""".split()  # noqa: SIM905
)
# General English relation words: a trigger in the question stands for its whole group.
RELATIONS: dict[str, tuple[str, ...]] = {
    "birth": ("born", "birth", "birthplace", "native"),
    "death": ("die", "died", "dies", "death", "dead", "kill", "killed", "killing", "murder", "murdered",
              "assassinate", "assassinated", "assassination", "slain", "eliminated"),
    "replace": ("replace", "replaced", "replacement", "succeed", "succeeded", "successor"),
    "appoint": ("appoint", "appointed", "named", "became", "become", "head", "chief", "beginning"),
    "found": ("found", "founded", "founding", "establish", "established", "create", "created", "formed"),
    "join": ("join", "joined", "enlist", "enlisted"),
    "attack": ("attack", "attacked", "strike", "struck", "bomb", "bombed", "target", "targeted", "hit"),
    "arrest": ("arrest", "arrested", "detain", "detained", "captured", "jailed"),
    "meet": ("meet", "met", "meeting", "visit", "visited"),
}  # fmt: skip
RELATION_OF = {word: name for name, words in RELATIONS.items() for word in words}
PLACE_WORDS = ("where", "which city", "which country", "which town", "which village", "what city",
               "what country", "what town", "what village", "which province", "what place")  # fmt: skip
DATE_WORDS = ("when", "what year", "which year", "what date", "what day", "which month", "what month")


@dataclass(slots=True)
class NameIndex:
    """Lowercased names and aliases -> (entity id, canonical alias, type, mentions)."""

    names: dict[str, tuple[str, str, str, int]]
    choices: list[str]


def words(text: str) -> list[str]:
    return [w.rstrip(".").removesuffix("'s").removesuffix("’s") for w in WORD.findall(text)]


def answer_type(lowered: str, rest: list[str]) -> str:
    if re.match(r"(how (many|much|old)|at what age|what age)\b", lowered):
        return NUMBER
    if any(re.search(rf"\b{w}\b", lowered) for w in DATE_WORDS):
        return DATE
    if any(re.search(rf"\b{w}\b", lowered) for w in PLACE_WORDS):
        return PLACE
    if re.match(r"(who|what) (is|was|are|were)\b", lowered) and not rest:
        return DESCRIPTION
    if lowered.startswith(("who", "whom")):
        return PERSON
    return DESCRIPTION


def analyse(store: Store, text: str) -> Question:
    """The answer type, entities, triggers and relations of a plain question."""
    lowered = text.strip().lower().rstrip("?").strip()
    tokens = words(text.strip().rstrip("?"))
    entities, used = find_entities(store, tokens)
    if not entities and PRONOUNS & {t.lower() for t in tokens}:
        entities = pronoun_entity(store)
    rest = [t.lower() for i, t in enumerate(tokens) if i not in used]
    content = [t for t in rest if t not in STOP and t not in QUESTION_WORDS and t not in PRONOUNS]
    relations = sorted({RELATION_OF[t] for t in content if t in RELATION_OF})
    kind = answer_type(lowered, content)
    noun = counted_noun(lowered, used, tokens) if kind == NUMBER else None
    age = bool(re.match(r"(how old|at what age|what age)\b", lowered))
    return Question(text.strip(), kind, entities, content, relations, noun, age)


def counted_noun(lowered: str, used: set[int], tokens: list[str]) -> str | None:
    """'how many X': the first word after 'how many' that is not part of a name."""
    start = next((i + 2 for i, t in enumerate(tokens[:-2]) if t.lower() == "how" and tokens[i + 1].lower()
                  in ("many", "much")), None)  # fmt: skip
    if start is None:
        return None
    rest = [t for i, t in enumerate(tokens[start:], start) if i not in used and t.lower() not in STOP]
    return next((t.lower() for t in rest if t.islower()), rest[0].lower() if rest else None)


_NAMES: dict[str, tuple[str, NameIndex]] = {}


def name_index(store: Store) -> NameIndex:
    """The names of the caseboard, read once per file and content."""
    stamp = search_store.content_stamp(store) + str(search_store.has_rows(store, "entities"))
    key = str(store.path.resolve())
    cached = _NAMES.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    names: dict[str, tuple[str, str, str, int]] = {}
    for entity, alias, type_, count in search_store.entity_names(store):
        lowered = alias.lower()
        if lowered not in names or names[lowered][3] < count:
            names[lowered] = (entity, alias, type_, count)
    index = NameIndex(names, list(names))
    _NAMES[key] = (stamp, index)
    return index


def known_names(store: Store) -> NameIndex:
    """The name index ``analyse`` has just checked for this file (read again only if it has none)."""
    cached = _NAMES.get(str(store.path.resolve()))
    return cached[1] if cached is not None else name_index(store)


def find_entities(store: Store, tokens: list[str]) -> tuple[list[QuestionEntity], set[int]]:
    """Entities named in the question (longest spans first) and the token positions they use."""
    index = name_index(store)
    found: list[tuple[int, QuestionEntity]] = []
    used: set[int] = set()
    for size in range(min(5, len(tokens)), 0, -1):
        for i in range(len(tokens) - size + 1):
            span = range(i, i + size)
            if used & set(span) or not any(is_name_word(tokens, j) for j in span):
                continue
            surface = " ".join(tokens[j] for j in span)
            fuzzy = all(tokens[j][:1].isupper() for j in span)
            match = lookup(index, surface, fuzzy=fuzzy)
            if match is not None and surface.lower() not in STOP | QUESTION_WORDS | PRONOUNS:
                found.append((i, QuestionEntity(match[0], match[1], match[2], surface)))
                used.update(span)
    return [e for _, e in sorted(found, key=lambda f: f[0])], used


def is_name_word(tokens: list[str], i: int) -> bool:
    """Capitalized, and not merely the first word of the question."""
    word = tokens[i]
    return word[:1].isupper() and (i > 0 or word.lower() not in QUESTION_WORDS | STOP | {"how", "in"})


def lookup(index: NameIndex, surface: str, *, fuzzy: bool) -> tuple[str, str, str, int] | None:
    """Exact (case-insensitive) name match, else (``fuzzy``) a close spelling of a longer name."""
    exact = index.names.get(surface.lower())
    if exact is not None or not fuzzy or len(surface) < 5 or not index.choices:
        return exact
    best = process.extractOne(surface.lower(), index.choices, scorer=fuzz.ratio, score_cutoff=88)
    return None if best is None else index.names[best[0]]


def pronoun_entity(store: Store) -> list[QuestionEntity]:
    person = search_store.main_person(store)
    return [] if person is None else [QuestionEntity(person[0], person[1], "PERSON", "")]
