"""Per-document tables: write one annotated document atomically, read them back."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator

from caseboard.records import (
    AnnotatedDocument,
    Caption,
    CleanDocument,
    Mention,
    Metadata,
    RawDocument,
    Removed,
    Segment,
    Sentence,
)
from caseboard.store.db import Store


def stored_pipeline_keys(store: Store) -> dict[str, str]:
    """Every stored document's key by id, read in one query (a lookup per document read costs
    a query each)."""
    return dict(store.query("SELECT id, pipeline_key FROM documents"))


def stored_path(store: Store, doc_id: str) -> str | None:
    row = store.con.execute("SELECT path FROM documents WHERE id = ?", [doc_id]).fetchone()
    return None if row is None else row[0]


def update_path(store: Store, doc_id: str, path: str) -> None:
    store.con.execute("UPDATE documents SET path = ? WHERE id = ? AND path <> ?", [path, doc_id, path])


def write_document(store: Store, ann: AnnotatedDocument, pipeline_key: str) -> None:
    """Replace everything stored for this document in one transaction."""
    clean, raw, meta = ann.clean, ann.clean.raw, ann.clean.meta
    doc = clean.doc_id
    with store.transaction():
        if _is_stored(store, doc):
            store.delete_document_rows(doc)
        store.con.execute(
            "INSERT INTO documents (id, path, sha256, kind, encoding, raw_text, raw_length, text, title, "
            "outlet, authors, published, published_precision, published_source, published_start, "
            "published_end, language, url, pipeline_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                doc, raw.path, raw.sha256, raw.kind, raw.encoding, raw.text, len(raw.text), clean.text,
                meta.title, meta.outlet, list(meta.authors), meta.published, meta.published_precision,
                meta.published_source, meta.published_start, meta.published_end,
                meta.language, meta.url, pipeline_key,
            ],
        )  # fmt: skip
        _insert_segments(store, doc, clean.segments)
        _insert_removed(store, doc, clean.removed)
        _insert_captions(store, doc, clean.captions)
        store.insert_columns(
            "sentences",
            {
                "doc": [doc] * len(ann.sentences),
                "idx": [s.index for s in ann.sentences],
                "start": [s.start for s in ann.sentences],
                "end": [s.end for s in ann.sentences],
                "text": [s.text for s in ann.sentences],
            },
        )
        _insert_tokens(store, ann)
        _insert_mentions(store, ann.mentions)
        _insert_timexes(store, ann)


def _is_stored(store: Store, doc_id: str) -> bool:
    """Whether any row of the document is stored. A document's rows are written and deleted
    in one transaction, so its ``documents`` row stands for all of them; a new document is
    not deleted table by table (each DELETE scans its whole table: quadratic over a build)."""
    return store.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None


def _insert_segments(store: Store, doc: str, segments: list[Segment]) -> None:
    store.insert_columns(
        "segments",
        {
            "doc": [doc] * len(segments),
            "clean_start": [s.clean_start for s in segments],
            "orig_start": [s.orig_start for s in segments],
            "length": [s.length for s in segments],
        },
    )


def _insert_removed(store: Store, doc: str, removed: list[Removed]) -> None:
    store.insert_columns(
        "removed",
        {
            "doc": [doc] * len(removed),
            "start": [r.start for r in removed],
            "end": [r.end for r in removed],
            "reason": [r.reason for r in removed],
        },
    )


def _insert_captions(store: Store, doc: str, captions: list[Caption]) -> None:
    store.insert_columns(
        "captions",
        {
            "doc": [doc] * len(captions),
            "start": [c.start for c in captions],
            "end": [c.end for c in captions],
            "text": [c.text for c in captions],
        },
    )


def _insert_tokens(store: Store, ann: AnnotatedDocument) -> None:
    toks = ann.tokens
    store.insert_columns(
        "tokens",
        {
            "doc": [ann.doc_id] * len(toks),
            "sent": [t.sent for t in toks],
            "idx": [t.index for t in toks],
            "start": [t.start for t in toks],
            "end": [t.end for t in toks],
            "text": [t.text for t in toks],
            "lemma": [t.lemma for t in toks],
            "pos": [t.pos for t in toks],
            "tag": [t.tag for t in toks],
            "dep": [t.dep for t in toks],
            "head": [t.head for t in toks],
            "ent_type": [t.ent_type for t in toks],
        },
    )


def _insert_mentions(store: Store, mentions: list[Mention]) -> None:
    store.insert_columns(
        "mentions",
        {
            "id": [m.id for m in mentions],
            "doc": [m.doc for m in mentions],
            "start": [m.start for m in mentions],
            "end": [m.end for m in mentions],
            "text": [m.text for m in mentions],
            "label": [m.label for m in mentions],
            "sent": [m.sent for m in mentions],
            "sentence": [m.sentence for m in mentions],
        },
    )


def _insert_timexes(store: Store, ann: AnnotatedDocument) -> None:
    tx = ann.timexes
    sent_of = _sentence_lookup(ann)
    store.insert_columns(
        "timexes",
        {
            "doc": [ann.doc_id] * len(tx),
            "start": [t.start for t in tx],
            "end": [t.end for t in tx],
            "text": [t.text for t in tx],
            "type": [t.type for t in tx],
            "value": [t.value for t in tx],
            "granularity": [t.granularity for t in tx],
            "earliest": [t.earliest for t in tx],
            "latest": [t.latest for t in tx],
            "anchor": [t.anchor for t in tx],
            "sent": [sent_of(t.start) for t in tx],
            "anchor_start": [t.anchor_start for t in tx],
            "anchor_end": [t.anchor_end for t in tx],
        },
    )


def _sentence_lookup(ann: AnnotatedDocument) -> Callable[[int], int | None]:
    starts = [s.start for s in ann.sentences]

    def lookup(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        return ann.sentences[i].index if i >= 0 else None

    return lookup


def stored_for_retag(store: Store, doc_ids: list[str]) -> list[AnnotatedDocument]:
    """The stored documents as the dates stage reads them: original and clean text, the offset
    map, the publication date and the sentences (for each timex's ``sent``); no tokens or
    mentions, which a re-tag neither reads nor rewrites. One query per table for the batch:
    a ``WHERE doc = ?`` per document scans each table once per document."""
    if not doc_ids:
        return []
    ids = sorted(doc_ids)
    docs = store.query(
        "SELECT id, path, sha256, raw_text, kind, encoding, text, published FROM documents "
        "WHERE id IN (SELECT unnest(?)) ORDER BY id",
        [ids],
    )
    segments = _rows_by_doc(
        store, "SELECT doc, clean_start, orig_start, length FROM segments", ids, "clean_start"
    )
    sentences = _rows_by_doc(store, 'SELECT doc, idx, start, "end", text FROM sentences', ids, "idx")
    out = []
    for doc, path, sha, raw_text, kind, encoding, text, published in docs:
        raw = RawDocument(path, sha, raw_text, kind, encoding)
        segs = [Segment(*row) for row in segments.get(doc, [])]
        clean = CleanDocument(raw, text, segs, [], [], Metadata(published=published))
        sents = [Sentence(doc, *row) for row in sentences.get(doc, [])]
        out.append(AnnotatedDocument(clean, sents, [], []))
    return out


def _rows_by_doc(store: Store, select: str, ids: list[str], order: str) -> dict[str, list[tuple]]:
    rows = store.query(f"{select} WHERE doc IN (SELECT unnest(?)) ORDER BY doc, {order}", [ids])
    grouped: dict[str, list[tuple]] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(row[1:])
    return grouped


def replace_timexes(store: Store, ann: AnnotatedDocument, pipeline_key: str) -> None:
    """Swap a document's time expressions and its key in one transaction: interrupted, the old
    key stays with the old rows, so the next build tags the document again."""
    doc = ann.doc_id
    with store.transaction():
        store.con.execute("DELETE FROM timexes WHERE doc = ?", [doc])
        _insert_timexes(store, ann)
        store.con.execute(
            "UPDATE documents SET pipeline_key = ?, path = ? WHERE id = ?",
            [pipeline_key, ann.clean.raw.path, doc],
        )


def record_skipped(store: Store, path: str, reason: str) -> None:
    with store.transaction():
        store.con.execute("DELETE FROM skipped WHERE path = ?", [path])
        store.con.execute("INSERT INTO skipped (path, reason) VALUES (?, ?)", [path, reason])


def skipped_paths(store: Store) -> set[str]:
    return {row[0] for row in store.query("SELECT path FROM skipped")}


def forget_skipped(store: Store, path: str) -> None:
    store.con.execute("DELETE FROM skipped WHERE path = ?", [path])


def delete_documents_except(store: Store, keep: set[str]) -> int:
    """Remove stored documents whose id is not in ``keep``; return how many."""
    ids = [row[0] for row in store.query("SELECT id FROM documents")]
    gone = [i for i in ids if i not in keep]
    for doc_id in gone:
        with store.transaction():
            store.delete_document_rows(doc_id)
    return len(gone)


def iter_mentions(store: Store) -> Iterator[Mention]:
    """All stored mentions in document and offset order, streamed."""
    sql = 'SELECT id, doc, start, "end", text, label, sent, sentence FROM mentions ORDER BY doc, start, "end"'
    for row in store.iter_rows(sql):
        yield Mention(*row)


def document_ids(store: Store) -> list[str]:
    return [row[0] for row in store.query("SELECT id FROM documents ORDER BY path")]


def counts(store: Store) -> dict[str, int]:
    tables = ("documents", "sentences", "tokens", "mentions", "removed", "captions", "entities", "skipped")
    return {t: store.query(f"SELECT count(*) FROM {t}")[0][0] for t in tables}
