"""Time and peak memory of reading every stored event group (``store.events.iter_groups``).

Usage: ``.venv/bin/python bench/groups_stream.py STORE.duckdb [--digest]``. Prints the group count,
seconds to the first group and to the last, the peak of Python allocations while iterating
(tracemalloc, in a second pass so it does not slow the timed one) and the process's peak RSS.
``--digest`` also prints a SHA-256 of every group's repr, to compare the output of two versions.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import time
import tracemalloc

from caseboard.store import Store
from caseboard.store.events import iter_groups


def timed_pass(store: Store) -> tuple[int, float, float]:
    """(groups, seconds to the first, seconds to the last) over one full iteration."""
    start = time.perf_counter()
    first, count = 0.0, 0
    for _ in iter_groups(store):
        if count == 0:
            first = time.perf_counter() - start
        count += 1
    return count, first, time.perf_counter() - start


def traced_peak(store: Store) -> int:
    """Peak bytes Python allocated while iterating (the groups are dropped as they come)."""
    tracemalloc.start()
    for _ in iter_groups(store):
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def digest(store: Store) -> str:
    h = hashlib.sha256()
    for group in iter_groups(store):
        h.update(repr(group).encode())
    return h.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--digest", action="store_true")
    args = parser.parse_args()
    with Store(args.db, read_only=True) as store:
        count, first, total = timed_pass(store)
        peak = traced_peak(store)
        print(f"groups {count}  first {first:.3f}s  all {total:.3f}s  traced peak {peak / 2**20:.1f} MiB")
        if args.digest:
            print("digest", digest(store))
    print(f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
