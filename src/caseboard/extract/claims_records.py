"""Records of the claims stage: the stored rows of one document in, claims out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from caseboard.records import Mention, Sentence, Timex, Token, content_id

if TYPE_CHECKING:
    from caseboard.extract.claims_syntax import SentenceView

# value types
DATE, PLACE, NUMBER, ENTITY, AGE, TEXT = "date", "place", "number", "entity", "age", "text"
# speaker types
OUTLET, NAMED, ANONYMOUS, REPORT = "outlet", "named", "anonymous", "report"


@dataclass(slots=True)
class ClaimInput:
    """The stored rows of one document that claim extraction reads."""

    doc: str
    raw_text: str
    published: str | None
    outlet: str | None
    sentences: list[Sentence]
    tokens: list[Token]
    mentions: list[Mention]
    timexes: list[Timex]
    entity_of: dict[str, str] = field(default_factory=dict)  # mention id -> entity id
    # sentence index -> (id, summary, trigger offset) of the timeline's event groups told by >= 2 documents
    events: dict[int, list[tuple[str, str, int]]] = field(default_factory=dict)
    # the sentence views, built on first use (``claims.sentence_views``): the claims, the reported
    # conflicts and the framing of a document all read the same ones
    views: list[SentenceView] | None = field(default=None, repr=False, compare=False)


@dataclass(slots=True)
class Speaker:
    """Who says it: the outlet itself, a named or anonymous source, or a report."""

    text: str
    type: str  # OUTLET | NAMED | ANONYMOUS | REPORT
    entity: str | None = None


@dataclass(slots=True)
class Claim:
    """One factual statement with its speaker, hedges and evidence (original-text offsets)."""

    id: str
    doc: str
    sent: int
    start: int
    end: int
    quote: str  # == raw_text[start:end]
    subject: str  # entity id, or a normalized surface key when unresolved
    subject_text: str
    attribute: str  # birth_date, death_date, death_place, role, count:..., statement
    value: str
    value_type: str  # DATE | PLACE | NUMBER | ENTITY | AGE | TEXT
    earliest: str | None = None  # ISO bounds for dates (ages: the implied birth date)
    latest: str | None = None
    number: float | None = None
    bound: str = "exact"  # numbers: exact | approx | lower | upper
    speaker: Speaker = field(default_factory=lambda: Speaker("", OUTLET))
    hedges: list[str] = field(default_factory=list)
    negated: bool = False
    match: str = ""  # spelling-tolerant person key: clusters across entity-resolution splits
    event: str | None = None  # event group id when the timeline stage grouped this happening

    @staticmethod
    def make_id(doc: str, start: int, attribute: str, subject: str, value: str) -> str:
        return content_id("claim", doc, start, attribute, subject, value)


@dataclass(slots=True)
class Side:
    """One side of a conflict: what one source (or reported source) says, quoted."""

    claim: str
    doc: str
    start: int
    end: int
    quote: str
    value: str
    speaker: str
    speaker_type: str


@dataclass(slots=True)
class Conflict:
    id: str
    kind: str  # date | place | number | actor | age | reported
    explanation: str
    cluster: str | None
    sides: list[Side]


@dataclass(slots=True)
class Cluster:
    """Claims about the same thing (subject and attribute, or one event group)."""

    id: str
    key: str
    subject: str
    subject_text: str
    attribute: str
    claims: list[Claim]
    sources: list[str]  # outlets (or documents when the outlet is unknown) stating it
    independent: int  # sources that state it in their own voice or from different speakers
    agreement: str  # agree | conflict | single


@dataclass(slots=True)
class FramingTerm:
    """A word choice one source uses for an entity or event, with a count and an example."""

    target: str  # entity id or event group id
    target_text: str
    doc: str
    source: str  # outlet or document id
    kind: str  # label | verb | scare_quote | loaded
    term: str
    count: int
    start: int
    end: int
    quote: str
