"""WARC reader: each HTML ``response`` record is one document."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from caseboard.config import IngestConfig
from caseboard.ingest.document import make_document, read_limited
from caseboard.records import RawDocument, Skipped, SourceHints


def read_warc(path: str, cfg: IngestConfig) -> Iterator[RawDocument | Skipped]:
    """HTML responses of a ``.warc`` / ``.warc.gz``; path suffix ``#<record index>``."""
    if os.path.getsize(path) == 0:
        yield Skipped(path, "empty file")
        return
    index, warc_records = -1, 0
    with open(path, "rb") as stream:
        try:
            for index, record in enumerate(ArchiveIterator(stream)):
                warc_records += str(getattr(record, "format", "")).startswith("warc")
                item = _record_document(f"{path}#{index}", record, cfg)
                if item is not None:
                    yield item
        except ArchiveLoadFailed as exc:
            where = path if index < 0 else f"{path}#{index + 1}"
            yield Skipped(where, f"not a valid WARC record: {_first_line(exc)}")
            return
    if not warc_records:
        yield Skipped(path, "not a WARC file (no WARC records found)")


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def is_html_response(record: Any) -> bool:
    """A successful HTTP response whose content type is HTML."""
    headers = record.http_headers
    if record.rec_type != "response" or headers is None:
        return False
    content_type = (headers.get_header("Content-Type") or "").lower()
    status = headers.get_statuscode() or ""
    return "html" in content_type and status.startswith("2")


def _record_document(where: str, record: Any, cfg: IngestConfig) -> RawDocument | Skipped | None:
    if record.format.startswith("arc") or not is_html_response(record):
        return None
    data, over = read_limited(record.content_stream(), cfg)
    if over:
        return Skipped(where, f"record larger than ingest.max_bytes (limit {cfg.max_bytes})")
    hints = SourceHints(url=record.rec_headers.get_header("WARC-Target-URI"))
    content_type = record.http_headers.get_header("Content-Type")
    return make_document(where, data, "html", cfg, hints, content_type)
