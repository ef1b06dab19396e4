"""Build one ``RawDocument`` from the bytes of one article, or say why not."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from caseboard.config import IngestConfig
from caseboard.ingest.decode import binary_reason, declared_charset, decode_bytes
from caseboard.records import RawDocument, Skipped, SourceHints

GZIP_MAGIC = b"\x1f\x8b"


def make_document(
    path: str,
    data: bytes,
    kind: str,
    cfg: IngestConfig,
    hints: SourceHints | None = None,
    content_type: str | None = None,
) -> RawDocument | Skipped:
    """Decode ``data`` (HTML honours a declared charset) and check it is usable text."""
    if not data:
        return Skipped(path, "empty file")
    declared = declared_charset(data, content_type) if kind == "html" else None
    text, encoding = decode_bytes(data, declared)
    reason = binary_reason(data, text, encoding) if cfg.skip_binary else None
    if reason:
        return Skipped(path, reason)
    if not text.strip():
        return Skipped(path, "empty file (only whitespace)")
    digest = hashlib.sha256(data).hexdigest()
    return RawDocument(path, digest, text, kind, encoding, hints or SourceHints())


def too_large(size: int, cfg: IngestConfig) -> str | None:
    """The reason a ``size``-byte article is over ``ingest.max_bytes``, or None."""
    if cfg.max_bytes and size > cfg.max_bytes:
        return f"larger than ingest.max_bytes ({size} bytes; limit {cfg.max_bytes})"
    return None


@contextmanager
def open_maybe_gzip(path: str) -> Iterator[BinaryIO]:
    """Open ``path`` for reading bytes, decompressing when it starts with the gzip magic."""
    with open(path, "rb") as raw:
        if raw.read(2) == GZIP_MAGIC:
            raw.seek(0)
            with gzip.GzipFile(fileobj=raw) as unzipped:
                yield unzipped  # type: ignore[misc]
        else:
            raw.seek(0)
            yield raw


def read_limited(stream: BinaryIO, cfg: IngestConfig) -> tuple[bytes, bool]:
    """Read at most ``max_bytes + 1`` bytes; the flag says the limit was passed."""
    if not cfg.max_bytes:
        return stream.read(), False
    data = stream.read(cfg.max_bytes + 1)
    return data, len(data) > cfg.max_bytes
