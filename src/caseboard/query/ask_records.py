"""Records of ``ask``: the analysed question, candidate answers with their evidence, the answer."""

from __future__ import annotations

from dataclasses import dataclass, field

from caseboard.query.search import SearchHit

# answer types
DATE, PLACE, PERSON, NUMBER, DESCRIPTION, NONE = "date", "place", "person", "number", "description", "none"


@dataclass(slots=True)
class Citation:
    """A sentence that states the answer: original-text offsets and the quote."""

    doc: str
    path: str
    outlet: str | None
    quote: str
    start: int
    end: int


@dataclass(slots=True)
class Alternative:
    """Another answer some sources give, with its own citations."""

    answer: str
    type: str
    citations: list[Citation] = field(default_factory=list)


@dataclass(slots=True)
class Answer:
    question: str
    answer: str  # empty when nothing in the caseboard supports an answer
    type: str  # DATE | PLACE | PERSON | NUMBER | DESCRIPTION | NONE
    citations: list[Citation] = field(default_factory=list)
    alternatives: list[Alternative] = field(default_factory=list)
    closest: list[SearchHit] = field(default_factory=list)  # when unanswered: the nearest sentences


@dataclass(slots=True)
class QuestionEntity:
    """An entity named in the question (or meant by a pronoun)."""

    id: str  # entity id; the lowercased name when entities are not resolved
    name: str  # the canonical name or the alias matched
    type: str
    surface: str  # the words of the question that named it ("" for a pronoun)


@dataclass(slots=True)
class Question:
    """What is asked: the answer type, the entities, the words that must be near the answer."""

    text: str
    type: str  # DATE | PLACE | PERSON | NUMBER | DESCRIPTION
    entities: list[QuestionEntity]
    triggers: list[str]  # content words of the question (not entity names), lowercased
    relations: list[str]  # relation groups the triggers belong to (birth, death, replace, ...)
    noun: str | None = None  # "how many X": the counted noun
    age: bool = False  # "how old", "at what age"


@dataclass(slots=True)
class Candidate:
    """One possible answer read from one piece of evidence."""

    text: str
    type: str
    key: str  # equal keys are the same answer
    citation: Citation
    weight: float  # how strongly this evidence supports it (0..1)
    earliest: str | None = None  # dates: ISO bounds
    latest: str | None = None
    sent: int | None = None  # the cited sentence's index in its document (None: not known)
    normalized: bool = False  # dates: the text is the normalized date beside a relative wording
    matched: frozenset[str] = frozenset()  # dates: the question's entities and words its sentence has
