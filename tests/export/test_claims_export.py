"""The claims sections of the export read the store in a fixed number of queries (never one per
cluster or conflict) and list each cluster's claims and each conflict's sides as the tables hold them."""

from __future__ import annotations

import pytest

from caseboard.api import Caseboard
from caseboard.export import claims_export
from caseboard.store import Store


@pytest.fixture()
def store(seeds_board: Caseboard):
    with Store(seeds_board.path, read_only=True) as s:
        yield s


def counting(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every SQL statement the store runs from now on."""
    seen: list[str] = []
    execute = store.con.execute
    cursor = store.con.cursor

    class Con:
        def execute(self, sql, params=None):  # noqa: ANN001, ANN202
            seen.append(sql)
            return execute(sql, params or [])

        def cursor(self):  # noqa: ANN202
            real = cursor()

            class Cur:
                def execute(self, sql, params=None):  # noqa: ANN001, ANN202
                    seen.append(sql)
                    return real.execute(sql, params or [])

                def __getattr__(self, name):  # noqa: ANN001, ANN204
                    return getattr(real, name)

            return Cur()

    monkeypatch.setattr(store, "con", Con())
    return seen


def test_cluster_members_are_the_claims_of_each_cluster_in_document_order(store: Store) -> None:
    clusters = list(claims_export.claim_clusters(store))
    assert len(clusters) >= 2
    for cluster in clusters:
        rows = store.query("SELECT id FROM claims WHERE cluster = ? ORDER BY doc, start", [cluster["id"]])
        assert cluster["claims"] == [r[0] for r in rows] and cluster["claims"]


def test_conflict_sides_are_those_of_each_conflict_in_order(store: Store) -> None:
    conflicts = list(claims_export.conflicts(store))
    assert len(conflicts) >= 2
    for conflict in conflicts:
        rows = store.query(
            'SELECT doc, start, "end", quote FROM conflict_sides WHERE conflict = ? ORDER BY idx',
            [conflict["id"]],
        )
        assert [(s["doc"], s["start"], s["end"], s["quote"]) for s in conflict["sides"]] == rows
        assert len(rows) >= 2


@pytest.mark.parametrize("section", ["claim_clusters", "conflicts"])
def test_a_section_is_read_in_a_few_queries_whatever_its_size(
    store: Store, monkeypatch: pytest.MonkeyPatch, section: str
) -> None:
    items = len(store.query(f"SELECT id FROM {section}"))
    seen = counting(store, monkeypatch)
    assert len(list(getattr(claims_export, section)(store))) == items
    assert items >= 4 and len(seen) <= 3, seen
