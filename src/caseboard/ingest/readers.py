"""Readers for one file each: plain text / HTML (gzipped or not) and JSONL.

A reader yields ``RawDocument`` or ``Skipped``; it may raise ``OSError`` or a
decompression error, which ``read_sources`` turns into ``Skipped``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from typing import Any, BinaryIO

from caseboard.config import IngestConfig
from caseboard.ingest.decode import binary_reason, decode_bytes
from caseboard.ingest.document import make_document, open_maybe_gzip, read_limited, too_large
from caseboard.records import RawDocument, Skipped, SourceHints

_HINT_FIELDS = ("url", "title", "outlet", "published")


def read_plain(path: str, kind: str, cfg: IngestConfig) -> Iterator[RawDocument | Skipped]:
    """One ``.txt``/``.md``/``.html`` file (or its ``.gz``) as one document."""
    size = os.path.getsize(path)
    reason = "empty file" if size == 0 else too_large(size, cfg)
    if reason:
        yield Skipped(path, reason)
        return
    with open_maybe_gzip(path) as stream:
        data, over = read_limited(stream, cfg)
    if over:
        yield Skipped(path, f"larger than ingest.max_bytes once decompressed (limit {cfg.max_bytes})")
        return
    yield make_document(path, data, kind, cfg)


def read_jsonl(path: str, cfg: IngestConfig) -> Iterator[RawDocument | Skipped]:
    """One article per line; ``ingest.max_bytes`` applies to each line."""
    if os.path.getsize(path) == 0:
        yield Skipped(path, "empty file")
        return
    articles = 0
    with open_maybe_gzip(path) as stream:
        for number, line in enumerate(_lines(stream, cfg.max_bytes), start=1):
            item = _line_document(path, number, line, cfg)
            if item is not None:
                articles += 1
                yield item
    if not articles:
        yield Skipped(path, "no articles in file (only blank lines)")


def _lines(stream: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """Each line's bytes without its line ending, or its length if over ``limit``."""
    while line := stream.readline(limit + 1 if limit else -1):
        if limit and len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while rest := stream.readline(1 << 20):
                size += len(rest)
                if rest.endswith(b"\n"):
                    break
            yield size
        else:
            yield line.rstrip(b"\r\n")


def _line_document(
    path: str, number: int, line: bytes | int, cfg: IngestConfig
) -> RawDocument | Skipped | None:
    where = f"{path}#L{number}"
    if isinstance(line, int):
        return Skipped(
            where, f"line {number} larger than ingest.max_bytes ({line} bytes; limit {cfg.max_bytes})"
        )
    if not line.strip():
        return None
    decoded, encoding = decode_bytes(line)
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as exc:
        return Skipped(where, f"invalid JSON on line {number}: {exc.msg} (column {exc.colno})")
    if not isinstance(record, dict):
        return Skipped(where, f"line {number} is not a JSON object")
    kind, body = _body(record)
    if body is None:
        return Skipped(where, f'line {number} has neither a "text" nor an "html" string')
    reason = binary_reason(b"", body, encoding) if cfg.skip_binary else None
    if reason:
        return Skipped(where, reason)
    return RawDocument(where, hashlib.sha256(line).hexdigest(), body, kind, encoding, _hints(record))


def _body(record: dict[str, Any]) -> tuple[str, str | None]:
    """``("text", text)`` if the line has non-blank text, else ``("html", html)``."""
    for kind in ("text", "html"):
        value = record.get(kind)
        if isinstance(value, str) and value.strip():
            return kind, value
    return "text", None


def _hints(record: dict[str, Any]) -> SourceHints:
    values = {name: _string(record.get(name)) for name in _HINT_FIELDS}
    authors = record.get("authors")
    if isinstance(authors, str):
        authors = [authors]
    names = (
        [a.strip() for a in authors if isinstance(a, str) and a.strip()] if isinstance(authors, list) else []
    )
    return SourceHints(authors=names, **values)


def _string(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        text = str(value).strip()
        return text or None
    return None
