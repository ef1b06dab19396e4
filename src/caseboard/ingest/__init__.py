"""Ingest: read articles from files, folders, globs, JSONL and WARC into ``RawDocument``s."""

from caseboard.ingest.decode import decode_bytes
from caseboard.ingest.sources import read_sources

__all__ = ["decode_bytes", "read_sources"]
