"""``iter_groups`` streams the stored event groups: the same groups, members and order as reading each
group's rows on its own, on the seeds' real caseboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from caseboard.api import Caseboard
from caseboard.extract.events_records import EventGroup
from caseboard.store import Store
from caseboard.store import events as event_store


def groups_one_by_one(store: Store, dated_only: bool) -> Iterator[EventGroup]:
    """The plain reading, one group at a time (two queries per group): what streaming must equal."""
    where = "WHERE date_source <> 'publication'" if dated_only else ""
    order = "ORDER BY coalesce(earliest, latest, '9999'), latest, id"
    for row in store.query(f"SELECT {event_store.GROUP_COLUMNS} FROM events {where} {order}"):
        members = store.query(
            f"SELECT {event_store.MENTION_COLUMNS} FROM event_mentions WHERE event = ? "
            "ORDER BY doc, start, rowid",
            [row[0]],
        )
        roles = store.query(
            "SELECT role, entity, text FROM event_participants WHERE event = ? AND role <> 'place' "
            "ORDER BY rowid",
            [row[0]],
        )
        yield event_store._group(row, members, roles)


@pytest.mark.parametrize("dated_only", [False, True])
def test_streamed_groups_equal_groups_read_one_by_one(seeds_board: Caseboard, dated_only: bool) -> None:
    with Store(seeds_board.path, read_only=True) as store:
        streamed = list(event_store.iter_groups(store, dated_only=dated_only))
        expected = list(groups_one_by_one(store, dated_only))
    assert len(streamed) > 20, "the seeds have many event groups"
    assert streamed == expected


def test_every_stored_mention_and_participant_comes_back_once(seeds_board: Caseboard) -> None:
    with Store(seeds_board.path, read_only=True) as store:
        groups = list(event_store.iter_groups(store))
        mention_ids = [r[0] for r in store.query("SELECT id FROM event_mentions")]
        role_count = store.query("SELECT count(*) FROM event_participants WHERE role <> 'place'")[0][0]
    assert sorted(m.id for g in groups for m in g.members) == sorted(mention_ids)
    assert sum(len(g.participants) for g in groups) == role_count
    assert any(not g.participants for g in groups) and any(g.participants for g in groups), (
        "groups without participants sit between groups with them: the merge must not shift them"
    )


def test_an_abandoned_stream_leaves_the_store_usable(seeds_board: Caseboard) -> None:
    with Store(seeds_board.path, read_only=True) as store:
        first = next(event_store.iter_groups(store))
        again = next(event_store.iter_groups(store))
        assert first == again and first.members
