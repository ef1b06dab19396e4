"""Expand what the user typed (files, folders, glob patterns) into files to read.

Folders are walked recursively in sorted order so builds are deterministic;
real paths already visited are remembered so symlink loops end.  Nothing here
opens a file: problems are reported as ``Skipped`` records.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from caseboard.ingest.patterns import expand_pattern
from caseboard.records import Skipped

_FORMATS = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".warc": "warc",
}
DEFAULT_EXTENSIONS = (
    ".txt",
    ".md",
    ".html",
    ".htm",
    ".jsonl",
    ".warc",
    ".warc.gz",
    ".html.gz",
    ".htm.gz",
    ".txt.gz",
)


@dataclass(slots=True, frozen=True)
class Candidate:
    """A regular file to read: ``path`` as shown to the user, ``fmt`` its format."""

    path: str
    fmt: str


def detect_format(name: str) -> str | None:
    """``"text"``, ``"html"``, ``"jsonl"`` or ``"warc"`` from a file name (``.gz`` allowed)."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return _FORMATS.get(os.path.splitext(lower)[1])


def file_extension(name: str) -> str:
    """The extension shown in messages: ``.pdf``, ``.tar.gz``, or ``(none)``."""
    lower = os.path.basename(name).lower()
    stem, ext = os.path.splitext(lower)
    if ext == ".gz":
        ext = os.path.splitext(stem)[1] + ext
    return ext or "(none)"


def discover(
    paths: Iterable[str], extensions: Sequence[str] = DEFAULT_EXTENSIONS
) -> Iterator[Candidate | Skipped]:
    """Yield one ``Candidate`` per readable file, or ``Skipped`` with the reason."""
    walker = _Walker(tuple(e.lower() for e in extensions) or DEFAULT_EXTENSIONS)
    for given in paths:
        yield from walker.expand(given)


def has_glob(path: str) -> bool:
    return any(ch in path for ch in "*?[")


@dataclass(slots=True)
class _Walker:
    extensions: tuple[str, ...]
    files: dict[str, str] = field(default_factory=dict)  # real path -> first shown path
    folders: dict[str, str] = field(default_factory=dict)
    active: set[str] = field(default_factory=set)  # folders being walked (loop check)
    found: int = 0
    quiet: bool = False  # a glob such as ``**`` matches a folder and its files: no duplicate notices
    ignored: Counter[str] = field(default_factory=Counter)

    def expand(self, given: str) -> Iterator[Candidate | Skipped]:
        self.found, self.ignored, self.quiet = 0, Counter(), False
        if os.path.lexists(given):
            yield from self.entry(given, explicit=True)
            if os.path.isdir(given) and not self.found:
                yield Skipped(given, self.nothing_found("folder"))
        elif has_glob(given):
            self.quiet = True
            for match in expand_pattern(given):
                yield from self.entry(match, explicit=False)
            if not self.found:
                yield Skipped(given, self.nothing_found("pattern"))
        else:
            yield Skipped(given, "no such file or folder")

    def entry(self, path: str, explicit: bool) -> Iterator[Candidate | Skipped]:
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            yield Skipped(path, _stat_problem(path, exc))
            return
        if stat.S_ISDIR(mode):
            yield from self.walk(path)
        elif stat.S_ISREG(mode):
            yield from self.file(path, explicit)
        elif explicit:
            yield Skipped(path, "not a regular file")

    def file(self, path: str, explicit: bool) -> Iterator[Candidate | Skipped]:
        fmt = detect_format(path)
        wanted = fmt is not None and (explicit or path.lower().endswith(self.extensions))
        if not wanted:
            if explicit:
                yield Skipped(path, f"unsupported file type {file_extension(path)}")
            else:
                self.ignored[file_extension(path)] += 1
            return
        real = os.path.realpath(path)
        self.found += 1
        if real in self.files:
            if not self.quiet:
                yield Skipped(path, f"same file as {self.files[real]} (read once)")
        elif fmt is not None:
            self.files[real] = path
            yield Candidate(path, fmt)

    def walk(self, folder: str) -> Iterator[Candidate | Skipped]:
        real = os.path.realpath(folder)
        if real in self.active:
            yield Skipped(folder, f"symlink loop (leads back to {self.folders[real]})")
            return
        if real in self.folders:
            self.found += 1
            if not self.quiet:
                yield Skipped(folder, f"same folder as {self.folders[real]} (read once)")
            return
        self.folders[real] = folder
        try:
            names = sorted(e.name for e in os.scandir(folder) if not e.name.startswith("."))
        except OSError as exc:
            yield Skipped(folder, f"cannot list folder: {exc.strerror or exc}")
            return
        self.active.add(real)
        try:
            for name in names:
                yield from self.entry(os.path.join(folder, name), explicit=False)
        finally:
            self.active.discard(real)

    def nothing_found(self, what: str) -> str:
        if not self.ignored:
            return f"no files in this {what}" if what == "folder" else "no files match this pattern"
        listed = ", ".join(f"{n} {ext}" for ext, n in sorted(self.ignored.items()))
        return f"no supported files in this {what} (ignored: {listed})"


def _stat_problem(path: str, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if os.path.islink(path) and exc.errno == errno.ENOENT:
        return f"broken symlink (target {os.readlink(path)} does not exist)"
    return f"cannot read: {exc.strerror or exc}"
