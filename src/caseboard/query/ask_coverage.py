"""How much of the question each candidate's sentence matches, so that the answer comes from the
evidence that matches it best.

A question names entities and content words ("When did X visit Moscow?": X, Moscow, visit). A
sentence that lacks one of them while another candidate's sentence has it tells of another
happening (a visit to Beirut does not date the visit to Moscow): such candidates are dropped, for
the answer and for the answers "other sources say" alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from caseboard.query.ask_records import DATE, Candidate, Question
from caseboard.query.ask_sentences import PRONOUN, WORDS, SentenceRows, trigger_groups
from caseboard.query.search_index import stem_words
from caseboard.store.search import SentenceKey


@dataclass(slots=True)
class EntitySentences:
    """Per asked entity: the sentences naming it; for people, the sentences after those where it is
    the only person named (``clean``: "he" can only mean it), and after those naming another person
    too (``loose``: a pronoun there may mean either)."""

    named: dict[str, set[SentenceKey]] = field(default_factory=dict)
    clean: dict[str, set[SentenceKey]] = field(default_factory=dict)
    loose: dict[str, set[SentenceKey]] = field(default_factory=dict)

    def all_named(self) -> set[SentenceKey]:
        return set().union(*self.named.values())

    def all_clean(self) -> set[SentenceKey]:
        return set().union(*self.clean.values()) - self.all_named()

    def all_loose(self) -> set[SentenceKey]:
        return set().union(*self.loose.values()) - self.all_named() - self.all_clean()

    def follows(self, entity_id: str, key: tuple[str, int | None]) -> bool:
        return any(key in table.get(entity_id, set()) for table in (self.clean, self.loose))


def sentence_stems(text: str, lemmas: list[str]) -> set[str]:
    """The stems of a sentence's words and of their stored lemmas ("broke" also as "break")."""
    return set(stem_words(WORDS.findall(text))) | set(stem_words(lemmas))


def says(quote: str, name: str) -> bool:
    """The quote has the name as whole words ("US" is not the "us" of "thus")."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", quote, re.IGNORECASE) is not None


def names_entity(candidate: Candidate, entity_id: str, names: set[str], sentences: EntitySentences) -> bool:
    """The sentence names the entity, or follows one naming it and says "he" (or "she", "his", ...)."""
    key = (candidate.citation.doc, candidate.sent)
    quote = candidate.citation.quote
    if key in sentences.named.get(entity_id, set()) or any(says(quote, n) for n in names):
        return True
    return sentences.follows(entity_id, key) and PRONOUN.search(quote) is not None


def matched(
    candidate: Candidate,
    question: Question,
    groups: list[set[str]],
    stems: set[str],
    sentences: EntitySentences,
) -> frozenset[str]:
    """The question's entities (ids) and words (their positions) that the candidate's sentence has."""
    found = {str(i) for i, g in enumerate(groups) if g & stems}
    for entity in question.entities:
        names = {entity.name.lower(), entity.surface.lower()} - {""}
        if names_entity(candidate, entity.id, names, sentences):
            found.add(entity.id)
    return frozenset(found)


def best_matching(
    question: Question, candidates: list[Candidate], sentences: EntitySentences, rows: SentenceRows
) -> list[Candidate]:
    """The date candidates whose sentences match as much of the question as the best one does;
    ``rows``: the stored rows (tokens) of the candidates' sentences."""
    if not candidates or question.type != DATE:
        return candidates  # other answer types keep their softer weighting by the words matched
    groups = trigger_groups(question)
    for c in candidates:
        key = (c.citation.doc, c.sent if c.sent is not None else -1)
        lemmas = [t["lemma"] or "" for t in rows.at("tokens", key)]
        c.matched = matched(c, question, groups, sentence_stems(c.citation.quote, lemmas), sentences)
    top = max(len(c.matched) for c in candidates)
    return [c for c in candidates if len(c.matched) == top]
