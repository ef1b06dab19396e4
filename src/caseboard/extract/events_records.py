"""Records of the events stage: the rows of one document in, event mentions and groups out."""

from __future__ import annotations

from dataclasses import dataclass, field

from caseboard.records import Mention, Sentence, Timex, Token, content_id

# How an event's date was obtained.
DATE_SENTENCE = "sentence"  # a DATE expression in the event's own sentence
DATE_NARRATIVE = "narrative"  # inherited from the last dated sentence of the paragraph
DATE_AGE = "age"  # computed from an age ("X, 58" / "at the age of 18") and a reference date
DATE_PUBLICATION = "publication"  # no date found: only known to precede the publication
DATE_PLANNED = "planned"  # a reported day named only by articles published before it (a plan)


@dataclass(slots=True)
class DocumentRows:
    """The stored rows of one document that the events stage reads."""

    doc: str
    raw_text: str
    published: str | None
    sentences: list[Sentence]
    tokens: list[Token]
    mentions: list[Mention]
    timexes: list[Timex]
    entity_of: dict[str, str] = field(default_factory=dict)  # mention id -> entity id
    entity_names: dict[str, str] = field(default_factory=dict)  # entity id -> canonical name
    entity_types: dict[str, str] = field(default_factory=dict)  # entity id -> resolved type (PERSON, ...)


@dataclass(slots=True)
class Argument:
    """A participant or place: the resolved entity when known, always the surface text."""

    text: str  # as written
    entity: str | None = None
    name: str | None = None  # the resolved entity's canonical name
    label: str | None = None  # the mention's label (PERSON, ORG, ...), "PRON", or None for a common noun

    @property
    def shown(self) -> str:
        """What a reader is shown: the canonical name when linked, else the text as written."""
        return self.name or self.text

    @property
    def key(self) -> str:
        """What two arguments must share to be the same participant."""
        return self.entity or self.text.casefold()


@dataclass(slots=True)
class EventDate:
    """When an event happened: a TimeML-style value and its ISO date bounds."""

    value: str | None
    earliest: str | None
    latest: str | None
    granularity: str
    source: str  # DATE_SENTENCE | DATE_NARRATIVE | DATE_AGE | DATE_PUBLICATION | DATE_PLANNED


@dataclass(slots=True)
class EventMention:
    """One sentence saying that something happened, with its evidence."""

    id: str
    doc: str
    sent: int
    start: int  # original-text offsets of the sentence
    end: int
    quote: str  # the sentence
    type: str
    trigger: str
    trigger_start: int
    trigger_end: int
    agent: Argument | None
    patient: Argument | None
    place: Argument | None
    date: EventDate
    age: int | None = None  # "at the age of N": dated later from the holder's known birth
    age_holder: Argument | None = None
    gist: str | None = None  # a dated fact's clause cut to its core, for the summary (not stored)

    @staticmethod
    def make_id(doc: str, trigger_start: int, trigger_end: int, type_: str) -> str:
        return content_id("event", doc, trigger_start, trigger_end, type_)

    def participants(self) -> list[Argument]:
        return [a for a in (self.agent, self.patient) if a is not None]


def sentence_mention(
    sent: Sentence, raw_text: str, type_: str, word: Token | Timex, date: EventDate, *,
    agent: Argument | None = None, patient: Argument | None = None, place: Argument | None = None,
    age: int | None = None, age_holder: Argument | None = None,
) -> EventMention:  # fmt: skip
    """A mention quoting its whole sentence, triggered by ``word`` (a token, or a time expression)."""
    return EventMention(
        id=EventMention.make_id(sent.doc, word.start, word.end, type_),
        doc=sent.doc, sent=sent.index, start=sent.start, end=sent.end,
        quote=raw_text[sent.start : sent.end], type=type_,
        trigger=word.text, trigger_start=word.start, trigger_end=word.end,
        agent=agent, patient=patient, place=place, date=date, age=age, age_holder=age_holder,
    )  # fmt: skip


@dataclass(slots=True)
class EventGroup:
    """Mentions of the same happening, possibly from several documents; each keeps its version."""

    id: str
    type: str
    date: EventDate
    participants: list[tuple[str, Argument]]  # (role, argument)
    place: Argument | None
    summary: str
    members: list[EventMention]

    @property
    def documents(self) -> list[str]:
        return sorted({m.doc for m in self.members})
