"""All database access: one embedded DuckDB file per caseboard."""

from caseboard.store.db import Store
from caseboard.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store"]
