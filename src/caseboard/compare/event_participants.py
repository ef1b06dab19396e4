"""Whether two participants of event mentions name the same one: the entity id when both are
resolved, else the words of the names."""

from __future__ import annotations

from caseboard.extract.events_records import Argument
from caseboard.numbers import CARDINALS

STOPWORDS = frozenset({"the", "a", "an", "of", "and", "his", "her", "its", "their"})
# Lower-case words of a name that do not change whom it names ("commander Qassem Soleimani").
TITLES = frozenset(
    {"commander", "general", "president", "minister", "chief", "leader", "mr", "mrs", "dr", "former", "late"}
)
# A participant's count in words ("thirty soldiers"): one word below a hundred. "A dozen soldiers" and
# "a hundred soldiers" open with an article, so they are no count here; "dozen" and "hundred" stay
# among their common words, which keep the two apart.
NUMBER_WORDS = CARDINALS
COUNT_HEDGES = frozenset({"at", "least", "about", "some", "nearly", "almost", "around", "over", "than"})


def same_participant(a: Argument, b: Argument) -> bool:
    """Same entity id when both are resolved; else one name's words contain the other's. A phrase
    that only names an entity as modifier ("U.S. interests", "U.S. forces") stands for its head noun:
    the common nouns of one must be among the other's too. Two different counts are two sets of
    people ("five American soldiers" killed by a militia, "13 American soldiers" who died in a crash)."""
    if different_counts(a.text, b.text):
        return False
    ca, cb = common_words(a.text) - NUMBER_WORDS.keys(), common_words(b.text) - NUMBER_WORDS.keys()
    if not (ca <= cb or cb <= ca):
        return False
    if a.entity is not None and b.entity is not None:
        return a.entity == b.entity
    wa, wb = name_words(a.text), name_words(b.text)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def different_counts(a: str, b: str) -> bool:
    """Both phrases open with a count (digits or a number word, "at least" aside) and they differ."""
    ca, cb = count_of(a), count_of(b)
    return ca is not None and cb is not None and ca != cb


def count_of(text: str) -> int | None:
    """The count a participant opens with ("five soldiers", "13 soldiers", "at least 25 fighters")."""
    words = [w for w in text.casefold().replace(",", "").split() if w not in COUNT_HEDGES]
    if not words:
        return None
    return int(words[0]) if words[0].isdecimal() else NUMBER_WORDS.get(words[0])


def common_words(text: str) -> set[str]:
    """The lower-case words of a participant's text (its common nouns), titles aside."""
    return {w for w in name_words(text) if w in text.split() and w not in TITLES}


def name_words(text: str) -> set[str]:
    words = text.casefold().replace("’s", " ").replace("'s", " ").split()
    return {w for w in words if w.isalpha() and w not in STOPWORDS}
