"""Exports of a stored caseboard to the formats other tools read."""

from caseboard.export.json_export import FORMAT, write_json

__all__ = ["FORMAT", "write_json"]
