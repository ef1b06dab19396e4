"""``read_sources``: the ingest stage, from user-given paths to raw documents."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator

from caseboard.config import IngestConfig
from caseboard.ingest.discover import Candidate, discover
from caseboard.ingest.readers import read_jsonl, read_plain
from caseboard.ingest.warc import read_warc
from caseboard.records import RawDocument, Skipped

_READ_ERRORS = (OSError, EOFError, zlib.error, gzip.BadGzipFile)


def read_sources(paths: Iterable[str], cfg: IngestConfig) -> Iterator[RawDocument | Skipped]:
    """Stream the articles found under ``paths`` (files, folders, glob patterns).

    Never raises for a bad file or path: yields ``Skipped(path, reason)`` and
    goes on.  Holds at most one article's bytes at a time.
    """
    for item in discover(paths, cfg.extensions):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_candidate(item, cfg)


def read_candidate(item: Candidate, cfg: IngestConfig) -> Iterator[RawDocument | Skipped]:
    """The documents in one file; an I/O or decompression failure becomes ``Skipped``."""
    try:
        if item.fmt == "jsonl":
            yield from read_jsonl(item.path, cfg)
        elif item.fmt == "warc":
            yield from read_warc(item.path, cfg)
        else:
            yield from read_plain(item.path, item.fmt, cfg)
    except _READ_ERRORS as exc:
        yield Skipped(item.path, f"cannot read: {_describe(exc)}")
    except Exception as exc:  # noqa: BLE001 - a malformed file must never stop the build
        yield Skipped(item.path, f"cannot read: {type(exc).__name__}: {exc}")


def _describe(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "compressed data ends early (truncated file)"
    if isinstance(exc, gzip.BadGzipFile | zlib.error):
        return f"corrupt gzip data ({exc})"
    return getattr(exc, "strerror", None) or str(exc)
