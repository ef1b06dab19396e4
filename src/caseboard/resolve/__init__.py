"""Cross-document entity resolution: who is who across outlets and spellings."""

from caseboard.resolve.core import Resolution, resolve_entities
from caseboard.resolve.linking import MergeDecision
from caseboard.resolve.overrides import Overrides, load_overrides, parse_overrides

__all__ = [
    "MergeDecision",
    "Overrides",
    "Resolution",
    "load_overrides",
    "parse_overrides",
    "resolve_entities",
]
