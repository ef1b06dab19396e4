"""What a build stores does not depend on the path the writes took: a fresh build, a rebuild that
replaces every stored document, and the per-document records read column-wise from spaCy all
agree row for row with the slow, obvious way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from stored_tables import table_rows as _table_rows  # same folder

from caseboard.annotate import load_nlp
from caseboard.annotate.spacy_stage import mark_paragraph_starts
from caseboard.api import Caseboard
from caseboard.config import load_config
from caseboard.ingest import read_sources
from caseboard.pipeline.stages import map_documents
from caseboard.records import AnnotatedDocument
from caseboard.store import Store


def test_rebuilding_every_document_stores_the_rows_of_a_fresh_build(
    tmp_path: Path, seeds_dir: Path, seeds_board: Caseboard
) -> None:
    db = tmp_path / "rebuilt.duckdb"
    Caseboard(db, cfg=load_config(annotate__batch_size=7)).build([str(seeds_dir)])  # other pipeline key
    again = Caseboard(db, cfg=load_config()).build([str(seeds_dir)])
    assert again.processed == 5 and again.unchanged == 0  # every document replaced in place
    fresh, rebuilt = _table_rows(seeds_board.path), _table_rows(db)
    assert fresh.keys() == rebuilt.keys() and {"tokens", "mentions", "entities"} <= fresh.keys()
    for table, rows in fresh.items():
        assert rebuilt[table] == rows, table


def test_a_skipped_file_that_becomes_readable_is_no_longer_listed(tmp_path: Path, seeds_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seeds_dir / "003_93225fda2f626803.txt", corpus / "good.txt")
    late = corpus / "late.txt"
    late.write_bytes(b"")
    db = tmp_path / "s.duckdb"
    Caseboard(db, cfg=load_config()).build([str(corpus)])
    with Store(db, read_only=True) as store:
        assert [Path(p).name for (p,) in store.query("SELECT path FROM skipped")] == ["late.txt"]
    late.write_text("The port of Haifa reopened on Monday after a two-day strike, officials said.\n")
    report = Caseboard(db, cfg=load_config()).build([str(corpus)])
    assert report.processed == 1 and report.unchanged == 1
    with Store(db, read_only=True) as store:
        assert store.query("SELECT count(*) FROM skipped")[0][0] == 0
        assert store.query("SELECT count(*) FROM documents")[0][0] == 2


@pytest.fixture(scope="module")
def mapped(seeds_dir: Path) -> list[AnnotatedDocument]:
    cfg = load_config()
    items = map_documents(read_sources([str(seeds_dir)], cfg.ingest), cfg)
    return [item for item in items if isinstance(item, AnnotatedDocument)]


def test_tokens_are_spacys_own_tokens_of_the_clean_text(mapped: list[AnnotatedDocument]) -> None:
    nlp = load_nlp(load_config().annotate.model)
    assert len(mapped) == 5
    for ann in mapped:
        doc = nlp(ann.clean.text)
        expected = [
            (t.i, t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_)
            for t in doc
            if not t.is_space
        ]
        got = [(t.index, t.text, t.lemma, t.pos, t.tag, t.dep, t.head, t.ent_type) for t in ann.tokens]
        assert got == expected
        raw = ann.clean.raw.text
        assert all(raw[t.start : t.end] == t.text for t in ann.tokens)


def test_the_token_after_each_line_break_and_only_it_is_marked_as_a_sentence_start(
    mapped: list[AnnotatedDocument],
) -> None:
    nlp = load_nlp(load_config().annotate.model)
    for ann in mapped:
        doc = mark_paragraph_starts(nlp.make_doc(ann.clean.text))  # the tokenizer alone: nothing else marks
        after_break = [t.i + 1 for t in doc[:-1] if "\n" in t.text_with_ws]
        assert after_break
        assert [t.i for t in doc[1:] if t.is_sent_start] == after_break
        marked = set(after_break)
        assert all(t.is_sent_start is None for t in doc[1:] if t.i not in marked)
        assert not [s.text for s in ann.sentences if "\n" in s.text]  # no sentence runs over a break
