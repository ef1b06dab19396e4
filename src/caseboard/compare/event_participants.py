"""Whether two participants of event mentions name the same one: the entity id when both are
resolved, else the words of the names."""

from __future__ import annotations

from caseboard.extract.events_records import Argument

STOPWORDS = frozenset({"the", "a", "an", "of", "and", "his", "her", "its", "their"})
# Lower-case words of a name that do not change whom it names ("commander Qassem Soleimani").
TITLES = frozenset(
    {"commander", "general", "president", "minister", "chief", "leader", "mr", "mrs", "dr", "former", "late"}
)


def same_participant(a: Argument, b: Argument) -> bool:
    """Same entity id when both are resolved; else one name's words contain the other's. A phrase
    that only names an entity as modifier ("U.S. interests", "U.S. forces") stands for its head noun:
    the common nouns of one must be among the other's too."""
    ca, cb = common_words(a.text), common_words(b.text)
    if not (ca <= cb or cb <= ca):
        return False
    if a.entity is not None and b.entity is not None:
        return a.entity == b.entity
    wa, wb = name_words(a.text), name_words(b.text)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def common_words(text: str) -> set[str]:
    """The lower-case words of a participant's text (its common nouns), titles aside."""
    return {w for w in name_words(text) if w in text.split() and w not in TITLES}


def name_words(text: str) -> set[str]:
    words = text.casefold().replace("’s", " ").replace("'s", " ").split()
    return {w for w in words if w.isalpha() and w not in STOPWORDS}
