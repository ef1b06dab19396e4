"""The claims stage reads each document once, and cuts the framing it takes to the targets it ranks at
the end: the same framing as taking each document's framing for those targets alone."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest

from caseboard.compare.framing import document_framing
from caseboard.config import load_config
from caseboard.extract import claims_stage as stage
from caseboard.extract.claims_records import FramingTerm
from caseboard.store import Store
from caseboard.store import claims as claim_store


@pytest.fixture(scope="module")
def rebuilt(seeds_board, tmp_path_factory):
    """A copy of the seeds' caseboard with the claims stage run again, and the documents it read."""
    path = tmp_path_factory.mktemp("claims-stage") / "seeds.duckdb"
    shutil.copy(seeds_board.path, path)
    reads: Counter[str] = Counter()
    real = claim_store.iter_claim_inputs
    with pytest.MonkeyPatch.context() as patch, Store(path) as store:

        def counted(store: Store):  # noqa: ANN202 - the ClaimInputs of iter_claim_inputs
            for inp in real(store):
                reads[inp.doc] += 1
                yield inp

        patch.setattr(claim_store, "iter_claim_inputs", counted)
        stage.claims_stage(store, load_config())
    with Store(path, read_only=True) as store:
        yield store, reads


def test_every_document_is_read_once(rebuilt) -> None:
    store, reads = rebuilt
    assert sorted(reads) == sorted(claim_store.document_ids(store))
    assert set(reads.values()) == {1}


def test_framing_is_that_of_the_ranked_targets_alone(rebuilt) -> None:
    store, _ = rebuilt
    sources = claim_store.source_names(store)
    inputs = list(claim_store.iter_claim_inputs(store))
    by_docs: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for inp in inputs:
        keys = stage.target_keys(inp)
        mentions.update(keys)
        by_docs.update(set(keys))
    targets = stage.framing_targets(by_docs, mentions)
    assert 1 < len(targets) <= stage.FRAMING_TARGETS and all(by_docs[k] >= 2 for k in targets)
    expected = [t for inp in inputs for t in document_framing(inp, targets, sources[inp.doc])]
    stored = [FramingTerm(*r) for r in store.query("SELECT * FROM framing")]
    assert expected and sorted(stored, key=repr) == sorted(expected, key=repr)


def test_claim_input_reads_the_anchor_each_timex_was_counted_from(seeds_board) -> None:
    with Store(seeds_board.path, read_only=True) as store:
        stored = {
            (doc, start): (a, b)
            for doc, start, a, b in store.query("SELECT doc, start, anchor_start, anchor_end FROM timexes")
        }
        read = [
            (x.doc, x.start, x.anchor_start, x.anchor_end)
            for inp in claim_store.iter_claim_inputs(store)
            for x in inp.timexes
        ]
    assert len(read) == len(stored)
    assert all(stored[(doc, start)] == (a, b) for doc, start, a, b in read)
    anchored = [r for r in read if r[2] is not None]
    assert anchored and all(r[2] < r[3] for r in anchored)
