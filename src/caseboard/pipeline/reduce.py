"""Cross-document stages: grouped reduces over the stored tables, run after the map."""

from __future__ import annotations

from collections.abc import Callable

from caseboard.config import Config
from caseboard.store import Store

ReduceStage = Callable[[Store, Config], None]


def resolve_entities_stage(store: Store, cfg: Config) -> None:
    from caseboard.resolve import resolve_entities
    from caseboard.resolve.overrides import load_overrides
    from caseboard.store import documents as docstore
    from caseboard.store import entities as entity_store

    overrides = load_overrides(cfg.resolve.overrides) if cfg.resolve.overrides else None
    resolution = resolve_entities(docstore.iter_mentions(store), overrides)
    entity_store.write_resolution(store, resolution)


def events_stage(store: Store, cfg: Config) -> None:
    from caseboard.extract.events_stage import events_stage as run

    run(store, cfg)


def claims_stage(store: Store, cfg: Config) -> None:
    from caseboard.extract.claims_stage import claims_stage as run

    run(store, cfg)


def search_index_stage(store: Store, cfg: Config) -> None:
    from caseboard.query.search_index import search_index_stage as run

    run(store, cfg)


# Order matters: events and claims read the entity links; claims read event groups.
REDUCE_STAGES: list[ReduceStage] = [resolve_entities_stage, events_stage, claims_stage, search_index_stage]


def run_reduce_stages(store: Store, cfg: Config) -> None:
    """Run every cross-document stage in order; each rewrites its tables in one transaction."""
    for stage in REDUCE_STAGES:
        stage(store, cfg)
