"""Reading a per-document table for every document in one ordered scan (``Store.rows_per_key``)
gives each document exactly the rows its own ``WHERE doc = ?`` query gives."""

from __future__ import annotations

import pytest

from caseboard.api import Caseboard
from caseboard.errors import StoreError

BY_PATH = "JOIN documents d ON d.id = x.doc ORDER BY d.path, d.id"


def test_one_scan_gives_each_document_its_own_rows(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        docs = [d for (d,) in store.query("SELECT id FROM documents ORDER BY path, id")]
        keys = [*docs[:2], "no-such-document", *docs[2:]]
        sql = f'SELECT x.doc, x.idx, x.start, x."end", x.text, x.lemma FROM tokens x {BY_PATH}, x.idx'
        grouped = list(store.rows_per_key(sql, keys))
        assert len(grouped) == len(keys) and grouped[2] == []
        for doc, rows in zip(keys, grouped, strict=True):
            alone = store.query(
                'SELECT idx, start, "end", text, lemma FROM tokens WHERE doc = ? ORDER BY idx', [doc]
            )
            assert rows == alone
        assert sum(map(len, grouped)) == store.query("SELECT count(*) FROM tokens")[0][0] > 10_000


def test_rows_out_of_the_keys_order_are_an_error(seeds_board: Caseboard) -> None:
    with seeds_board.store() as store:
        docs = [d for (d,) in store.query("SELECT id FROM documents ORDER BY path, id")]
        sql = f"SELECT x.doc, x.idx FROM sentences x {BY_PATH}, x.idx"
        with pytest.raises(StoreError, match="out of the keys' order"):
            list(store.rows_per_key(sql, list(reversed(docs))))
