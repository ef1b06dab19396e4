"""Answers to plain factoid questions from the caseboard's own evidence, with citations.

``ask`` analyses the question (answer type, entities, trigger words), retrieves the sentences
naming the entities that best match the triggers (BM25), reads typed candidates from the stored
claims, events and those sentences, groups equal answers and returns the best supported one with
the answers other sources give beside it. When nothing supports an answer it says so and shows the
closest sentences.
"""

from __future__ import annotations

from caseboard.errors import InputError
from caseboard.query.ask_answer import choose, citations
from caseboard.query.ask_coverage import EntitySentences, best_matching
from caseboard.query.ask_evidence import claim_candidates, event_candidates
from caseboard.query.ask_narrative import junior_sentences, narrative_candidates
from caseboard.query.ask_question import RELATIONS, analyse
from caseboard.query.ask_records import NONE, Answer, Candidate, Question, QuestionEntity
from caseboard.query.ask_sentences import SentenceRows, is_asked, sentence_candidates
from caseboard.query.search import SearchHit, hits_for, rank_sentences
from caseboard.query.search_index import load_index
from caseboard.store import Store
from caseboard.store import search as search_store
from caseboard.store.search import SentenceKey

POOL = 15  # retrieved sentences read for candidates


def ask(store: Store, question: str, *, limit: int = 5, semantic: bool = False) -> Answer:
    """Answer ``question`` from the caseboard in ``store``; every answer carries its citations."""
    if not question.strip():
        raise InputError("ask a question")
    q = analyse(store, question)
    sentences = entity_sentences(store, q)
    named = sentences.all_named()
    allowed = (named | sentences.all_loose()) or None
    named |= sentences.all_clean()
    candidates = structured_candidates(store, q) + narrative_candidates(store, q, sentences.named)
    hits = retrieve(store, q, allowed, semantic)
    keys = {(h.doc, h.sentence) for h in hits} | {
        (c.citation.doc, c.sent) for c in candidates if c.sent is not None
    }
    rows = SentenceRows(store, sorted(keys))  # one fetch per table for every candidate's sentence
    candidates += sentence_candidates(store, q, hits, named, rows)
    chosen = choose(best_matching(q, candidates, sentences, rows), limit)
    if chosen is None:
        return Answer(q.text, "", NONE, closest=closest(store, q.text, limit))
    best, alternatives = chosen
    rep = best.representative
    return Answer(q.text, rep.text, rep.type, citations(best, limit), alternatives)


def structured_candidates(store: Store, q: Question) -> list[Candidate]:
    return claim_candidates(store, q) + event_candidates(store, q)


def entity_sentences(store: Store, q: Question) -> EntitySentences:
    """Per asked entity, the sentences naming it and, for people, the sentence after each, for "he"."""
    found = EntitySentences()
    resolved = search_store.has_rows(store, "entities")
    for entity in q.entities:
        named: set[SentenceKey] = set()
        if resolved:
            named |= search_store.entity_sentences(store, [entity.id])
        for name in {entity.name, entity.surface} - {""}:
            named |= search_store.sentences_mentioning(store, name)  # also mentions resolved apart
        named |= junior_sentences(store, entity)
        found.named[entity.id] = named
        if entity.type == "PERSON":
            found.clean[entity.id], found.loose[entity.id] = followers(store, entity, named)
    return found


def followers(
    store: Store, entity: QuestionEntity, named: set[SentenceKey]
) -> tuple[set[SentenceKey], set[SentenceKey]]:
    """The sentences after those naming the person: after one where it is the only person ("he" can
    only mean it), and after one naming another person too (a pronoun there may mean either)."""
    alone = Question("", "", [entity], [], [])
    others = {(m["doc"], m["sent"]) for m in search_store.mentions_in(store, sorted(named))
              if m["entity_type"] == "PERSON" and not is_asked(m, alone)}  # fmt: skip
    clean = {(doc, sent + 1) for doc, sent in named - others}
    return clean - named, {(doc, sent + 1) for doc, sent in named & others} - named - clean


def search_terms(q: Question) -> str:
    words = [e.name for e in q.entities] + q.triggers
    for rel in q.relations:
        words += RELATIONS[rel]
    return " ".join(words) or q.text


def retrieve(store: Store, q: Question, allowed: set[SentenceKey] | None, semantic: bool) -> list[SearchHit]:
    index = load_index(store)
    hits = dedupe(hits_for(store, rank_sentences(index, search_terms(q), allowed, POOL)))
    if semantic and hits:
        from caseboard.query.embeddings import rerank

        hits = rerank(q.text, hits)
    return hits


def dedupe(hits: list[SearchHit]) -> list[SearchHit]:
    """One hit per repeated sentence of a document (scraped pages repeat paragraphs)."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for hit in hits:
        if (hit.doc, hit.quote) not in seen:
            seen.add((hit.doc, hit.quote))
            kept.append(hit)
    return kept


def closest(store: Store, text: str, limit: int) -> list[SearchHit]:
    return dedupe(hits_for(store, rank_sentences(load_index(store), text, None, limit * 2)))[:limit]
