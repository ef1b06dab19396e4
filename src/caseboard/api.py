"""The Python API. The CLI and the web app are thin shells over this class.

>>> board = Caseboard("caseboard.duckdb")
>>> board.build(["examples/soleimani"])      # doctest: +SKIP
>>> board.entities(top=10)                    # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from caseboard.config import Config, load_config
from caseboard.pipeline import BuildReport, build
from caseboard.pipeline.build import Progress
from caseboard.store import Store

if TYPE_CHECKING:
    from caseboard.extract.claims_records import FramingTerm
    from caseboard.query.ask_records import Answer
    from caseboard.query.claims_records import ClaimView, ConflictView
    from caseboard.query.entities import EntityProfile, EntitySummary
    from caseboard.query.search import SearchHit
    from caseboard.query.timeline import TimelineEntry


class Caseboard:
    """One caseboard: a DuckDB file and the configuration used to build it."""

    def __init__(self, path: str | Path | None = None, *, cfg: Config | None = None):
        self.cfg = cfg or load_config()
        self.path = Path(path or self.cfg.store.db)
        self._reader: Store | None = None

    def __enter__(self) -> Caseboard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the read-only connection kept open between queries."""
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    @contextmanager
    def store(self, *, write: bool = False) -> Iterator[Store]:
        """The caseboard's store: one read-only connection kept open for queries; a
        writer is opened (and the reader closed) only for the time of a build."""
        if not write:
            if self._reader is None:
                self._reader = Store(self.path, read_only=True)
            yield self._reader
            return
        self.close()
        store = Store(self.path, read_only=False)
        try:
            yield store
        finally:
            store.close()

    def build(
        self,
        paths: list[str],
        *,
        prune: bool = False,
        progress: Progress | None = None,
        runner: str = "local",
        dask_scheduler: str | None = None,
    ) -> BuildReport:
        """Build or update the caseboard; ``runner="dask"`` maps documents on Dask."""
        with self.store(write=True) as store:
            if runner == "dask":
                from caseboard.pipeline.dask_runner import build_with_dask

                return build_with_dask(
                    paths,
                    self.cfg,
                    store,
                    prune=prune,
                    progress=progress,
                    scheduler=dask_scheduler or "processes",
                )
            return build(paths, self.cfg, store, prune=prune, progress=progress)

    def ask(self, question: str, *, limit: int = 5, semantic: bool = False) -> Answer:
        """Answer a plain question from the caseboard's evidence, with citations."""
        from caseboard.query.ask import ask

        with self.store() as store:
            return ask(store, question, limit=limit, semantic=semantic)

    def search(
        self, terms: str, *, entity: str | None = None, limit: int = 10, semantic: bool = False
    ) -> list[SearchHit]:
        """Ranked sentences for ``terms`` (BM25; reranked by embeddings when asked and installed)."""
        from caseboard.query.search import search

        with self.store() as store:
            return search(store, terms, entity=entity, limit=limit, semantic=semantic)

    def entities(self, *, type_: str | None = None, top: int | None = None) -> list[EntitySummary]:
        """Resolved entities, most mentioned first (``top`` 0 or None: all)."""
        from caseboard.query.entities import list_entities

        with self.store() as store:
            return list_entities(store, type_=type_, top=top)

    def entity(self, name: str, *, examples: int = 5) -> EntityProfile:
        """The profile of the entity best matching ``name`` (fuzzy, any spelling or id)."""
        from caseboard.query.entities import entity_profile

        with self.store() as store:
            return entity_profile(store, name, examples=examples)

    def timeline(
        self,
        entity: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        *,
        include_undated: bool = False,
        include_statements: bool = False,
        top: int | None = None,
    ) -> list[TimelineEntry]:
        """Grouped events in date order, optionally about one entity and within a date range;
        ``top``: only the ``top`` most salient of them (``caseboard.query.timeline.ranked``)."""
        from caseboard.query.timeline import timeline, top_entries
        from caseboard.query.timeline_support import date_support

        with self.store() as store:
            entries = timeline(
                store,
                entity,
                date_from,
                date_to,
                include_undated=include_undated,
                include_statements=include_statements,
            )
            return entries if top is None else top_entries(entries, top, date_support(store))

    def claims(self, entity: str) -> list[ClaimView]:
        """Claims about ``entity`` with speaker, hedges and the quoted sentence."""
        from caseboard.query.claims import claims_about

        with self.store() as store:
            return claims_about(store, entity)

    def conflicts(self, entity: str | None = None) -> list[ConflictView]:
        """Contradictions between sources, every side quoted."""
        from caseboard.query.claims import conflicts

        with self.store() as store:
            return conflicts(store, entity)

    def framing(self, entity: str) -> list[FramingTerm]:
        """Word choice per source for ``entity``: labels, verbs, scare quotes, loaded terms."""
        from caseboard.query.claims import framing

        with self.store() as store:
            return framing(store, entity)

    def export_json(self, out: IO[str]) -> dict[str, int]:
        from caseboard.export import write_json

        with self.store() as store:
            return write_json(store, out)

    def export_timeml(self, out_dir: str | Path) -> dict[str, int]:
        """One TempEval-3 TimeML file per document in ``out_dir`` (created), for the tools that read
        TimeML (docs/export.md); returns the counts of documents, timexes and events written."""
        from caseboard.export.timeml_export import write_timeml

        with self.store() as store:
            return write_timeml(store, Path(out_dir))
