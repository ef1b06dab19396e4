"""Glob patterns (``*``, ``?``, ``[...]``, ``**``) expanded without following symlink loops.

``glob.glob(recursive=True)`` follows symlinked folders through loops until the
OS gives up, which grows exponentially with two looping links; this matcher
never enters a folder that is already on the current path.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterator


def expand_pattern(pattern: str) -> Iterator[str]:
    """Existing paths matching ``pattern``, in sorted, deterministic order.

    ``**`` matches zero or more folders; names starting with ``.`` match only a
    pattern component that starts with ``.`` (as in the shell).
    """
    parts = pattern.split(os.sep)
    first = next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts))
    base = os.sep.join(parts[:first])
    if pattern.startswith(os.sep) and not base:
        base = os.sep
    if base and not os.path.lexists(base):
        return
    yield from _match(base, parts[first:], frozenset({_real(base)}))


def _match(base: str, rest: list[str], active: frozenset[str]) -> Iterator[str]:
    if not rest:
        if base:
            yield base
        return
    head, tail = rest[0], rest[1:]
    if head == "**":
        yield from _match(base, tail, active)
        for child in _children(base, "*", folders_only=True):
            real = _real(child)
            if real not in active:
                yield from _match(child, rest, active | {real})
    elif glob.has_magic(head):
        for child in _children(base, head, folders_only=bool(tail)):
            yield from _match(child, tail, active | {_real(child)} if tail else active)
    elif head == "" and not tail:
        yield from _match(base, tail, active)  # trailing separator
    else:
        child = os.path.join(base, head) if base else head
        if os.path.lexists(child):
            yield from _match(child, tail, active)


def _children(folder: str, pattern: str, folders_only: bool) -> Iterator[str]:
    try:
        names = sorted(entry.name for entry in os.scandir(folder or "."))
    except (OSError, ValueError):
        return
    for name in names:
        if name.startswith(".") and not pattern.startswith("."):
            continue
        child = os.path.join(folder, name) if folder else name
        if fnmatch.fnmatchcase(name, pattern) and (not folders_only or os.path.isdir(child)):
            yield child


def _real(path: str) -> str:
    return os.path.realpath(path or ".")
